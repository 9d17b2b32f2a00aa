package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.MediaStateView;
import io.coup.videocall.application.port.in.call.SwitchMediaCommand;
import io.coup.videocall.application.port.in.call.SwitchMediaUseCase;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionEndedException;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Transactional
public class SwitchMediaService implements SwitchMediaUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final Clock clock;

    public SwitchMediaService(StudyAccess access, SaveSessionPort store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    /** Only an active member present in the call switches; the session row lock orders concurrent toggles. */
    @Override
    public MediaStateView switchMedia(SwitchMediaCommand c) {
        access.requireActiveMember(c.studyId(), c.userId());
        VideoCallSession session = access.requireSessionForUpdateOf(c.studyId(), c.sessionId(), c.userId());
        if (session.isEnded()) {
            throw new SessionEndedException(session.id());
        }
        Participant before = session.participant(c.userId()).orElse(null);
        boolean changed = before == null || before.isOn(c.kind()) != c.on();
        session.switchMedia(c.userId(), c.kind(), c.on(), clock.instant());
        if (changed) {
            store.saveSession(session);
        }
        Participant p = session.participant(c.userId()).orElseThrow();
        return new MediaStateView(session.id().value(), p.userId().value(), p.isMuted(), p.isVideoOff(), p.isSharing());
    }
}
