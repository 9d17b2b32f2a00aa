package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.GetSessionDetailUseCase;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.call.SessionDetailView;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Transactional(readOnly = true)
public class GetSessionDetailService implements GetSessionDetailUseCase {

    private final StudyAccess access;
    private final CallViews views;
    private final Clock clock;

    public GetSessionDetailService(StudyAccess access, CallViews views, Clock clock) {
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public SessionDetailView detail(SessionCommand c) {
        access.requireActiveMember(c.studyId(), c.userId());
        VideoCallSession session = access.requireSession(c.studyId(), c.sessionId());
        Instant now = clock.instant();
        List<Participant> participants = session.participants();
        CallViews.Profiles profiles = views.profiles(session.startedBy(), participants);
        return new SessionDetailView(CallViews.session(session, profiles), participants.stream()
                .map(p -> new SessionDetailView.ParticipantDetail(
                        CallViews.participant(session.id(), p, profiles.of(p.userId()), now),
                        p.segments().stream().map(s -> new SessionDetailView.Segment(s.joinedAt(), s.leftAt(), s.leaveReason())).toList(),
                        p.messageCount()))
                .toList());
    }
}
