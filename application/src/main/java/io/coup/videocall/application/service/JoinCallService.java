package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.JoinCallUseCase;
import io.coup.videocall.application.port.in.call.ParticipantView;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Transactional
public class JoinCallService implements JoinCallUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final CallViews views;
    private final Clock clock;

    public JoinCallService(StudyAccess access, SaveSessionPort store, CallViews views, Clock clock) {
        this.access = access;
        this.store = store;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public ParticipantView join(SessionCommand c) {
        access.requireActiveMember(c.studyId(), c.userId());
        VideoCallSession session = access.requireSessionForUpdateOf(c.studyId(), c.sessionId(), c.userId());
        Instant now = clock.instant();
        Participant participant = session.admit(c.userId(), now);
        store.saveSession(session);
        UserView me = views.profilesOf(List.of(c.userId())).of(c.userId());
        return CallViews.participant(session.id(), participant, me, now);
    }
}
