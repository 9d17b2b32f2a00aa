package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.application.port.in.call.DisconnectCommand;
import io.coup.videocall.application.port.in.call.RecordDisconnectUseCase;
import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.user.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * No grace yet: a dropped last socket leaves the call at once, at the disconnect instant, with reason
 * DISCONNECTED (the call ends when nobody is left).
 */
class LeaveOnDisconnect implements DisconnectHandling {

    private static final Logger log = LoggerFactory.getLogger(LeaveOnDisconnect.class);

    private final RecordDisconnectUseCase recordDisconnect;

    LeaveOnDisconnect(RecordDisconnectUseCase recordDisconnect) {
        this.recordDisconnect = recordDisconnect;
    }

    @Override
    public void lastSocketDropped(CallMembership call, UserId user, Instant droppedAt) {
        try {
            recordDisconnect.recordDisconnect(new DisconnectCommand(call.studyId(), call.sessionId(), user, droppedAt));
        } catch (DomainException e) {
            // Already gone (kicked, call ended, membership removed): nothing left to record.
            log.debug("Disconnect of {} from {} not recorded: {}", user, call.roomId(), e.getMessage());
        }
    }
}
