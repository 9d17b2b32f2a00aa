package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.LeaveCallUseCase;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Transactional
public class LeaveCallService implements LeaveCallUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final CallNotifierPort notifier;
    private final Clock clock;

    public LeaveCallService(StudyAccess access, SaveSessionPort store, CallNotifierPort notifier, Clock clock) {
        this.access = access;
        this.store = store;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Someone banned or removed from the study while in its call left it at that moment ({@link MembershipEnd}); the
     * leave their client still sends is answered as any repeated leave, changing nothing. Everyone else must be an
     * active member.
     */
    @Override
    public void leave(SessionCommand c) {
        boolean member = access.isActiveMember(c.studyId(), c.userId());
        VideoCallSession session = member
                ? access.requireSessionForUpdateOf(c.studyId(), c.sessionId(), c.userId())
                : access.requireSessionForUpdateOfFormerParticipant(c.studyId(), c.sessionId(), c.userId());
        if (session.leave(c.userId(), clock.instant(), LeaveReason.LEFT)) {
            store.saveSession(session);
            if (session.isEnded()) {
                notifier.callEnded(c.studyId(), session.id());
            }
        }
    }
}
