package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.LeaveCallUseCase;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Transactional
public class LeaveCallService implements LeaveCallUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final Clock clock;

    public LeaveCallService(StudyAccess access, SaveSessionPort store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void leave(SessionCommand c) {
        access.requireActiveMember(c.studyId(), c.userId());
        VideoCallSession session = access.requireSessionForUpdate(c.studyId(), c.sessionId());
        if (session.leave(c.userId(), clock.instant(), LeaveReason.LEFT)) {
            store.saveSession(session);
        }
    }
}
