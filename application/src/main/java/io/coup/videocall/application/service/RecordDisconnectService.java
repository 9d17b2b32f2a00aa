package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.DisconnectCommand;
import io.coup.videocall.application.port.in.call.RecordDisconnectUseCase;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

@Transactional
public class RecordDisconnectService implements RecordDisconnectUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final CallNotifierPort notifier;
    private final Clock clock;

    public RecordDisconnectService(StudyAccess access, SaveSessionPort store, CallNotifierPort notifier, Clock clock) {
        this.access = access;
        this.store = store;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Recorded at the disconnect instant, which may lie a reconnect grace in the past; never in the future. Like a
     * leave, it applies to someone removed from the study meanwhile, so their attendance does not run on.
     */
    @Override
    public void recordDisconnect(DisconnectCommand c) {
        boolean member = access.isActiveMember(c.studyId(), c.userId());
        VideoCallSession session = member
                ? access.requireSessionForUpdateOf(c.studyId(), c.sessionId(), c.userId())
                : access.requireSessionForUpdateOfFormerParticipant(c.studyId(), c.sessionId(), c.userId());
        Instant now = clock.instant();
        Instant at = c.disconnectedAt().isAfter(now) ? now : c.disconnectedAt();
        if (session.leave(c.userId(), at, LeaveReason.DISCONNECTED)) {
            store.saveSession(session);
            if (session.isEnded()) {
                notifier.callEnded(c.studyId(), session.id());
            }
        }
    }
}
