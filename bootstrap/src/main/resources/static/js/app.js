// The reference client's page logic: sign in, studies, the call view and the stats view.
// See docs/reference-client.md for the flow and what a production frontend must add.

import {io} from '../vendor/socket.io.esm.min.js';
import {Api} from './api.js';
import {CallClient} from './call.js';
import {renderStats} from './stats.js';
import {el, show} from './ui.js';

const api = new Api();
const TOKEN_KEY = 'coup.devToken';
let call = null;

const notice = (text) => { document.getElementById('notice').textContent = text; };

async function signIn(userId, name) {
    const {token, expiresAt} = await api.devToken(userId, name);
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify({token, expiresAt}));
    await restore();
}

// A stored development token is reused until it expires; production gets its JWT from the platform's sign-in.
async function restore() {
    const stored = JSON.parse(sessionStorage.getItem(TOKEN_KEY) ?? 'null');
    if (!stored || Date.parse(stored.expiresAt) <= Date.now()) {
        show('sign-in-view');
        return;
    }
    api.token = stored.token;
    const {user: me} = await api.me();
    document.getElementById('whoami').textContent = `${me.name ?? me.id} (${me.id})`;
    document.getElementById('sign-out').hidden = false;
    await listStudies();
}

async function listStudies() {
    const {studies} = await api.myStudies();
    const items = studies.map((study) => {
        const join = el('button', {dataset: {action: 'join'}}, study.activeCall ? 'Join call' : 'Start call');
        join.addEventListener('click', () => joinCall(study));
        const stats = el('button', {dataset: {action: 'stats'}}, 'Statistics');
        stats.addEventListener('click', () => openStats(study));
        const members = el('button', {dataset: {action: 'members'}}, 'Add member');
        members.addEventListener('click', () => {
            const form = document.getElementById('add-member-form');
            form.hidden = false;
            form.dataset.studyId = study.id;
            document.getElementById('add-member-study').textContent = study.name;
        });
        const people = study.activeCall ? ` — call with ${study.activeCall.participantCount}` : '';
        return el('li', {dataset: {studyId: study.id}}, el('span', {className: 'name'}, `${study.name}${people}`),
            join, stats, ...(study.role === 'MEMBER' ? [] : [members]));
    });
    document.getElementById('studies').replaceChildren(...items);
    show('studies-view');
}

async function joinCall(study) {
    notice('');
    const local = await navigator.mediaDevices.getUserMedia({audio: true, video: true});
    document.getElementById('local-video').srcObject = local;
    document.getElementById('call-study').textContent = study.name;
    call = new CallClient(api, io);
    call.addEventListener('participants', ({detail}) => renderParticipants(detail));
    call.addEventListener('remote-stream', ({detail}) => remoteTile(detail.socketId).querySelector('video').srcObject = detail.stream);
    call.addEventListener('remote-gone', ({detail}) => document.querySelector(`.tile[data-socket-id="${detail.socketId}"]`)?.remove());
    call.addEventListener('peer-state', ({detail}) => { remoteTile(detail.socketId).dataset.connectionState = detail.state; });
    call.addEventListener('chat', ({detail}) => document.getElementById('chat').append(
        el('li', {dataset: {userId: detail.userId}}, `${detail.user?.name ?? detail.userId}: ${detail.message}`)));
    call.addEventListener('media', ({detail}) => renderControls(detail));
    call.addEventListener('notice', ({detail}) => notice(detail));
    call.addEventListener('ended', ({detail}) => callEnded(detail.reason));
    show('call-view');
    try {
        await call.join(study.id, local);
        renderControls(call.media);
    } catch (e) {
        notice(`Could not join the call: ${e.message}`);
    }
}

function remoteTile(socketId) {
    let tile = document.querySelector(`.tile[data-socket-id="${socketId}"]`);
    if (!tile) {
        tile = el('figure', {className: 'tile remote', dataset: {socketId}},
            el('video', {autoplay: true, playsInline: true}), el('figcaption', {}, ''));
        document.getElementById('tiles').append(tile);
    }
    return tile;
}

function renderParticipants(participants) {
    const items = [...participants.values()].map((p) => {
        const name = p.user?.name ?? p.userId;
        const tile = document.querySelector(`.tile[data-socket-id="${p.socketId}"] figcaption`);
        if (tile) {
            tile.textContent = name;
        }
        return el('li', {dataset: {userId: p.userId, socketId: p.socketId, muted: String(p.isMuted),
                videoOff: String(p.isVideoOff), sharing: String(p.isSharing)}},
            el('span', {className: 'name'}, name),
            badge(p.isMuted, 'mic off', 'mic'), badge(p.isVideoOff, 'camera off', 'camera'),
            ...(p.isSharing ? [el('span', {className: 'badge'}, 'sharing')] : []));
    });
    document.getElementById('participants').replaceChildren(...items);
}

function badge(off, offText, onText) {
    return el('span', {className: off ? 'badge off' : 'badge'}, off ? offText : onText);
}

function renderControls(media) {
    const set = (id, pressed, on, off) => {
        const button = document.getElementById(id);
        button.setAttribute('aria-pressed', String(pressed));
        button.textContent = pressed ? on : off;
    };
    set('toggle-audio', media.isMuted, 'Unmute', 'Mute');
    set('toggle-video', media.isVideoOff, 'Camera on', 'Camera off');
    set('toggle-screen', media.isSharing, 'Stop sharing', 'Share screen');
}

async function callEnded(reason) {
    const why = {LEFT: 'You left the call.', KICKED: 'A moderator removed you from the call.',
        SESSION_ENDED: 'The call has ended.'}[reason] ?? `The call was closed (${reason}).`;
    call = null;
    document.querySelectorAll('.tile.remote').forEach((tile) => tile.remove());
    document.getElementById('chat').replaceChildren();
    notice(why);
    await listStudies();
}

async function openStats(study) {
    document.getElementById('stats-study').textContent = study.name;
    document.getElementById('stats-view').dataset.studyId = study.id;
    show('stats-view');
    await refreshStats();
}

async function refreshStats() {
    const studyId = document.getElementById('stats-view').dataset.studyId;
    await renderStats(api, studyId, document.getElementById('stats-period').value);
}

// Every handler reports failures in the notice line instead of failing silently.
function on(id, type, handler) {
    document.getElementById(id).addEventListener(type, async (event) => {
        if (type === 'submit') {
            event.preventDefault();
        }
        try {
            await handler(event);
        } catch (e) {
            notice(e.code ? `${e.message} (${e.code})` : e.message);
        }
    });
}

on('sign-in-form', 'submit', ({target}) => signIn(target.userId.value.trim(), target.name.value.trim()));
on('sign-out', 'click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    location.reload();
});
on('create-study-form', 'submit', async ({target}) => {
    await api.createStudy(target.name.value.trim());
    target.reset();
    await listStudies();
});
on('add-member-form', 'submit', async ({target}) => {
    await api.addMember(target.dataset.studyId, target.userId.value.trim());
    target.reset();
    target.hidden = true;
    notice('Member added.');
});
on('toggle-audio', 'click', () => call?.setMuted(!call.media.isMuted));
on('toggle-video', 'click', () => call?.setVideoOff(!call.media.isVideoOff));
on('toggle-screen', 'click', () => call?.setSharing(!call.media.isSharing));
on('leave', 'click', () => call?.leave());
on('chat-form', 'submit', ({target}) => {
    call?.sendChat(target.message.value);
    target.reset();
});
on('stats-period', 'change', refreshStats);
on('stats-back', 'click', listStudies);

restore().catch((e) => {
    notice(e.message);
    show('sign-in-view');
});
