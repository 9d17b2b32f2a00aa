package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.NotFoundException;
import io.coup.videocall.application.port.in.stats.GetUserStatsUseCase;
import io.coup.videocall.application.port.in.stats.UserStatsQuery;
import io.coup.videocall.application.port.in.stats.UserStatsView;
import io.coup.videocall.application.port.out.AttendanceStatsPort;
import io.coup.videocall.application.port.out.AttendanceStatsPort.UserTotals;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.stats.ReportingPeriod;
import io.coup.videocall.domain.study.PermissionDeniedException;
import io.coup.videocall.domain.study.StudyMember;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

@Transactional(readOnly = true)
public class GetUserStatsService implements GetUserStatsUseCase {

    private final StudyAccess access;
    private final AttendanceStatsPort stats;
    private final LoadSessionPort sessions;
    private final Clock clock;

    public GetUserStatsService(StudyAccess access, AttendanceStatsPort stats, LoadSessionPort sessions, Clock clock) {
        this.access = access;
        this.stats = stats;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public UserStatsView userStats(UserStatsQuery q) {
        StudyMember caller = access.activeMember(q.studyId(), q.caller());
        if (!q.caller().equals(q.subject()) && !caller.isActiveModerator()) {
            throw new PermissionDeniedException("Only moderators may see another member's statistics.");
        }
        if (!q.caller().equals(q.subject()) && access.member(q.studyId(), q.subject()).isEmpty()
                && !stats.hasParticipated(q.studyId(), q.subject())) {
            throw new NotFoundException(ErrorCode.USER_NOT_FOUND,
                    "User " + q.subject() + " is not a member of this study and never joined its calls.");
        }
        Instant now = clock.instant();
        ReportingPeriod period = ReportingPeriod.ending(now, q.period(), q.zone(),
                stats.firstSessionStart(q.studyId()).orElse(null));
        UserTotals ended = stats.userTotals(q.studyId(), q.subject(), period.from(), period.until());
        UserTotals total = sessions.loadActiveSnapshot(q.studyId())
                .filter(s -> !s.startedAt().isBefore(period.from()) && s.startedAt().isBefore(period.until()))
                .flatMap(s -> sessions.loadParticipant(s.id(), q.subject()))
                .map(p -> plus(ended, p, now))
                .orElse(ended);
        long seconds = CallViews.seconds(total.attendedMillis());
        return new UserStatsView(q.subject().value(), total.sessions(), seconds,
                total.sessions() == 0 ? 0 : seconds / total.sessions(),
                CallViews.seconds(total.audioMutedMillis()), CallViews.seconds(total.videoOffMillis()),
                CallViews.seconds(total.screenSharedMillis()), total.firstJoin(), total.lastJoin());
    }

    /** Adds the user's attendance of the call in progress, counted up to now. */
    private static UserTotals plus(UserTotals ended, Participant live, Instant now) {
        Instant joined = live.joinedAt();
        return new UserTotals(ended.sessions() + 1,
                ended.attendedMillis() + live.attendedMillis(now),
                ended.audioMutedMillis() + live.mediaMillis(MediaKind.AUDIO_MUTED, now),
                ended.videoOffMillis() + live.mediaMillis(MediaKind.VIDEO_OFF, now),
                ended.screenSharedMillis() + live.mediaMillis(MediaKind.SCREEN_SHARING, now),
                ended.firstJoin() == null || joined.isBefore(ended.firstJoin()) ? joined : ended.firstJoin(),
                ended.lastJoin() == null || joined.isAfter(ended.lastJoin()) ? joined : ended.lastJoin());
    }
}
