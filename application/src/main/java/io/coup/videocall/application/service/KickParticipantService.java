package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.KickParticipantUseCase;
import io.coup.videocall.application.port.in.call.ModerateParticipantCommand;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.Study;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Transactional
public class KickParticipantService implements KickParticipantUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final CallNotifierPort notifier;
    private final Clock clock;

    public KickParticipantService(StudyAccess access, SaveSessionPort store, CallNotifierPort notifier, Clock clock) {
        this.access = access;
        this.store = store;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Moderators only. The target must have taken part in the call (a participant who already left is still
     * barred from coming back); the call must be in progress. Kicking the last person present ends the call.
     */
    @Override
    public void kick(ModerateParticipantCommand c) {
        Study study = access.requireActiveMember(c.studyId(), c.moderator());
        study.requireModerator(c.moderator());
        VideoCallSession session = access.requireSessionForUpdate(c.studyId(), c.sessionId());
        session.kick(c.target(), clock.instant());
        store.saveSession(session);
        notifier.kicked(c.target(), session.id(), c.moderator());
        if (session.isEnded()) {
            notifier.callEnded(c.studyId(), session.id());
        }
    }
}
