package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.NotFoundException;
import io.coup.videocall.application.port.in.call.StartCallCommand;
import io.coup.videocall.application.port.in.call.StartCallResult;
import io.coup.videocall.application.port.in.call.StartCallUseCase;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand;
import io.coup.videocall.application.port.in.media.ConnectToCallUseCase;
import io.coup.videocall.application.port.in.media.QuickJoinCommand;
import io.coup.videocall.application.port.in.media.QuickJoinUseCase;
import io.coup.videocall.application.port.in.media.QuickJoinView;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import org.springframework.transaction.annotation.Transactional;

@Transactional
public class QuickJoinService implements QuickJoinUseCase {

    private final StudyAccess access;
    private final LoadSessionPort sessions;
    private final StartCallUseCase startCall;
    private final ConnectToCallUseCase connectToCall;

    public QuickJoinService(StudyAccess access, LoadSessionPort sessions, StartCallUseCase startCall,
                            ConnectToCallUseCase connectToCall) {
        this.access = access;
        this.sessions = sessions;
        this.startCall = startCall;
        this.connectToCall = connectToCall;
    }

    /**
     * Start (through the start use case: the study's lock, one call at most, {@code video:started}) and join happen in
     * this one transaction: if the media provider fails at either, no call and no participant are stored.
     * {@code newSession} is the start use case's answer. The call is found as a value, without its participants, and
     * locked only to join: a copy read before the lock would be outdated by any join that committed in between.
     */
    @Override
    public QuickJoinView quickJoin(QuickJoinCommand c) {
        access.requireActiveMember(c.studyId(), c.userId());
        SessionId target;
        boolean created = false;
        if (c.sessionId() != null) {
            target = access.requireCall(c.studyId(), c.sessionId()).id();
        } else if (c.autoCreateSession()) {
            StartCallResult started = startCall.start(new StartCallCommand(c.studyId(), c.userId(), c.sessionName()));
            target = SessionId.of(started.session().id());
            created = started.created();
        } else {
            target = sessions.loadActiveSnapshot(c.studyId()).map(VideoCallSession.Snapshot::id)
                    .orElseThrow(() -> new NotFoundException(ErrorCode.SESSION_NOT_FOUND,
                            "No call is in progress in this study."));
        }
        return new QuickJoinView(connectToCall.connect(new ConnectToCallCommand(target, c.userId(), c.displayName(),
                ConnectToCallCommand.Purpose.JOIN, null)), created);
    }
}
