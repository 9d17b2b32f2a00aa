package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.liveness.RecordHeartbeatUseCase;
import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.application.port.out.ConnectedParticipantsPort;
import io.coup.videocall.application.port.out.ParticipantLivenessPort;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Set;

@Transactional
public class RecordHeartbeatService implements RecordHeartbeatUseCase {

    private final ConnectedParticipantsPort connections;
    private final ParticipantLivenessPort liveness;
    private final Clock clock;

    public RecordHeartbeatService(ConnectedParticipantsPort connections, ParticipantLivenessPort liveness, Clock clock) {
        this.connections = connections;
        this.liveness = liveness;
        this.clock = clock;
    }

    @Override
    public int recordHeartbeat() {
        Set<ConnectedParticipant> connected = connections.connectedHere();
        if (!connected.isEmpty()) {
            liveness.markSeen(connected, clock.instant());
        }
        return connected.size();
    }
}
