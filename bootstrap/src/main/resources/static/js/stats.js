// The study statistics view: GET /stats (summary and calls per day), per-member totals
// (GET /stats/users/{userId}, moderators see everyone, members themselves), recent calls and a session's
// attendance segments (GET /sessions/{id}).

import {el, formatDuration, formatTime} from './ui.js';

export async function renderStats(api, studyId, period) {
    const [{stats}, {members}, {sessions}] = await Promise.all([
        api.studyStats(studyId, period), api.members(studyId), api.history(studyId),
    ]);
    renderSummary(stats);
    renderChart(stats.sessionsPerDay);
    await renderMembers(api, studyId, period, members);
    renderHistory(api, studyId, sessions);
}

function renderSummary(stats) {
    const rows = [
        ['Calls', stats.totalSessions],
        ['Attendances', stats.totalParticipants],
        ['Average participants', stats.averageParticipants.toFixed(1)],
        ['Total duration', formatDuration(stats.totalDuration)],
        ['Average duration', formatDuration(stats.averageDuration)],
        ['Most active', stats.mostActiveUser ? `${stats.mostActiveUser.name} (${stats.mostActiveUser.sessionCount})` : '—'],
    ];
    document.getElementById('stats-summary').replaceChildren(
        ...rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, String(value))]));
}

// A plain SVG bar chart, one bar per day of the period.
function renderChart(days) {
    const container = document.getElementById('stats-chart');
    if (!days.some((d) => d.count > 0)) {
        container.replaceChildren(el('p', {}, 'No calls in this period.'));
        return;
    }
    const width = 640;
    const height = 160;
    const max = Math.max(...days.map((d) => d.count));
    const band = width / days.length;
    const labelEvery = Math.ceil(days.length / 14);
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height + 30}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Calls per day');
    days.forEach((day, i) => {
        const barHeight = (day.count / max) * height;
        const rect = document.createElementNS(ns, 'rect');
        rect.setAttribute('x', String(i * band + band * 0.15));
        rect.setAttribute('y', String(height - barHeight));
        rect.setAttribute('width', String(band * 0.7));
        rect.setAttribute('height', String(barHeight));
        rect.dataset.date = day.date;
        rect.dataset.count = String(day.count);
        const title = document.createElementNS(ns, 'title');
        title.textContent = `${day.date}: ${day.count}`;
        rect.append(title);
        svg.append(rect);
        if (i % labelEvery !== 0) {
            return;
        }
        const label = document.createElementNS(ns, 'text');
        label.setAttribute('x', String(i * band + band / 2));
        label.setAttribute('y', String(height + 14));
        label.setAttribute('text-anchor', 'middle');
        label.textContent = day.date.slice(5);
        svg.append(label);
    });
    container.replaceChildren(svg);
}

async function renderMembers(api, studyId, period, members) {
    const rows = await Promise.all(members.map(async (member) => {
        try {
            const {stats} = await api.userStats(studyId, member.userId, period);
            return el('tr', {dataset: {userId: member.userId}},
                el('td', {}, member.name ?? member.userId),
                el('td', {}, String(stats.totalSessions)),
                el('td', {}, formatDuration(stats.totalDuration)),
                el('td', {}, formatDuration(stats.totalAudioMutedTime)),
                el('td', {}, formatDuration(stats.totalVideoOffTime)),
                el('td', {}, formatDuration(stats.totalScreenSharedTime)));
        } catch (e) {
            // Members see only their own totals (403 PERMISSION_DENIED for the others).
            const why = e.code === 'PERMISSION_DENIED' ? 'visible to moderators' : e.message;
            return el('tr', {dataset: {userId: member.userId}}, el('td', {}, member.name ?? member.userId), el('td', {colSpan: 5}, why));
        }
    }));
    document.querySelector('#stats-users tbody').replaceChildren(...rows);
}

function renderHistory(api, studyId, sessions) {
    const items = sessions.map((session) => {
        const open = el('button', {}, `${formatTime(session.startedAt)} — ${session.participantCount} people`);
        open.addEventListener('click', () => renderSession(api, studyId, session.id));
        return el('li', {dataset: {sessionId: session.id}}, open);
    });
    document.getElementById('history').replaceChildren(...items);
    document.getElementById('session-detail').replaceChildren();
}

async function renderSession(api, studyId, sessionId) {
    const {session} = await api.session(studyId, sessionId);
    const rows = session.participants.flatMap((p) => p.segments.map((segment) =>
        el('tr', {dataset: {userId: p.userId}},
            el('td', {}, p.user?.name ?? p.userId),
            el('td', {}, formatTime(segment.joinedAt)),
            el('td', {}, segment.leftAt ? formatTime(segment.leftAt) : 'present'),
            el('td', {}, segment.leaveReason ?? ''),
            el('td', {dataset: {field: 'audioMutedTime'}}, formatDuration(p.audioMutedTime)),
            el('td', {dataset: {field: 'videoOffTime'}}, formatDuration(p.videoOffTime)),
            el('td', {}, String(p.messageCount)))));
    const table = el('table', {},
        el('thead', {}, el('tr', {}, ...['Member', 'Joined', 'Left', 'Reason', 'Muted', 'Camera off', 'Messages']
            .map((h) => el('th', {}, h)))),
        el('tbody', {}, ...rows));
    document.getElementById('session-detail').replaceChildren(
        el('h4', {}, `Call of ${formatTime(session.startedAt)}${session.endedAt ? '' : ' (in progress)'}`), table);
}
