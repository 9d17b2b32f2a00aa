package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.AttendanceStatsPort;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.stats.ReportingPeriod;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@link AttendanceStatsPort} computed over what an {@link InMemorySessions} holds, as the port describes: the
 * period aggregates cover <em>ended</em> calls started in [{@code from}, {@code until}) only;
 * {@link #firstSessionStart} looks at every call, ended or not; {@link #hasParticipated} at every call too
 * (someone in the call in progress has taken part in a call of the study).
 */
public class InMemoryAttendanceStats implements AttendanceStatsPort {

    private final InMemorySessions sessions;

    public InMemoryAttendanceStats(InMemorySessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    private List<VideoCallSession> ended(StudyId studyId, Instant from, Instant until) {
        return sessions.ofStudy(studyId).stream()
                .filter(VideoCallSession::isEnded)
                .filter(s -> !s.startedAt().isBefore(from) && s.startedAt().isBefore(until))
                .sorted(Comparator.comparing(VideoCallSession::startedAt))
                .toList();
    }

    @Override
    public UserTotals userTotals(StudyId studyId, UserId userId, Instant from, Instant until) {
        long count = 0;
        long attended = 0;
        long muted = 0;
        long videoOff = 0;
        long sharing = 0;
        Instant first = null;
        Instant last = null;
        for (VideoCallSession session : ended(studyId, from, until)) {
            Optional<Participant> found = session.participant(userId);
            if (found.isEmpty()) {
                continue;
            }
            Participant p = found.get();
            Instant end = session.endedAt();
            count++;
            attended += p.attendedMillis(end);
            muted += p.mediaMillis(MediaKind.AUDIO_MUTED, end);
            videoOff += p.mediaMillis(MediaKind.VIDEO_OFF, end);
            sharing += p.mediaMillis(MediaKind.SCREEN_SHARING, end);
            first = first == null || p.joinedAt().isBefore(first) ? p.joinedAt() : first;
            last = last == null || p.joinedAt().isAfter(last) ? p.joinedAt() : last;
        }
        return new UserTotals(count, attended, muted, videoOff, sharing, first, last);
    }

    @Override
    public StudyTotals studyTotals(StudyId studyId, Instant from, Instant until) {
        List<VideoCallSession> ended = ended(studyId, from, until);
        return new StudyTotals(ended.size(),
                ended.stream().mapToLong(s -> s.participants().size()).sum(),
                ended.stream().mapToLong(s -> s.durationSeconds(s.endedAt())).sum());
    }

    @Override
    public List<UserActivity> userActivity(StudyId studyId, Instant from, Instant until) {
        Map<UserId, UserActivity> byUser = new TreeMap<>();
        for (VideoCallSession session : ended(studyId, from, until)) {
            for (Participant p : session.participants()) {
                UserActivity one = new UserActivity(p.userId(), 1, p.attendedMillis(session.endedAt()));
                byUser.merge(p.userId(), one, (a, b) ->
                        new UserActivity(a.userId(), a.sessions() + b.sessions(), a.attendedMillis() + b.attendedMillis()));
            }
        }
        return List.copyOf(byUser.values());
    }

    @Override
    public Map<LocalDate, Long> sessionsPerDay(StudyId studyId, ReportingPeriod period) {
        return ended(studyId, period.from(), period.until()).stream()
                .collect(Collectors.groupingBy(s -> period.dayOf(s.startedAt()), TreeMap::new, Collectors.counting()));
    }

    @Override
    public Optional<Instant> firstSessionStart(StudyId studyId) {
        return sessions.ofStudy(studyId).stream().map(VideoCallSession::startedAt).min(Comparator.naturalOrder());
    }

    @Override
    public boolean hasParticipated(StudyId studyId, UserId userId) {
        return sessions.ofStudy(studyId).stream().anyMatch(s -> s.participant(userId).isPresent());
    }
}
