package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.CallStatusView;
import io.coup.videocall.application.port.in.call.GetCallStatusUseCase;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.port.out.CallPresencePort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Transactional(readOnly = true)
public class GetCallStatusService implements GetCallStatusUseCase {

    private final StudyAccess access;
    private final LoadSessionPort sessions;
    private final CallPresencePort presence;
    private final CallViews views;
    private final Clock clock;

    public GetCallStatusService(StudyAccess access, LoadSessionPort sessions, CallPresencePort presence,
                                CallViews views, Clock clock) {
        this.access = access;
        this.sessions = sessions;
        this.presence = presence;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public Optional<CallStatusView> status(StudyQuery query) {
        access.requireActiveMember(query.studyId(), query.caller());
        return sessions.loadActiveSession(query.studyId()).map(this::statusOf);
    }

    private CallStatusView statusOf(VideoCallSession session) {
        Instant now = clock.instant();
        List<Participant> present = session.presentParticipants();
        CallViews.Profiles profiles = views.profiles(session, present);
        return new CallStatusView(CallViews.session(session, profiles), presence.onlineCount(session.roomId()),
                present.stream().map(p -> CallViews.participant(session, p, profiles.of(p.userId()), now)).toList());
    }
}
