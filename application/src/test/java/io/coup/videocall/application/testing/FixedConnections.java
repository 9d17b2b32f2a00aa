package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.application.port.out.ConnectedParticipantsPort;

import java.util.HashSet;
import java.util.Set;

/** The participants a test says this node's sockets hold. */
public class FixedConnections implements ConnectedParticipantsPort {

    private final Set<ConnectedParticipant> connected = new HashSet<>();

    public synchronized FixedConnections connect(ConnectedParticipant participant) {
        connected.add(participant);
        return this;
    }

    public synchronized FixedConnections disconnect(ConnectedParticipant participant) {
        connected.remove(participant);
        return this;
    }

    @Override
    public synchronized Set<ConnectedParticipant> connectedHere() {
        return Set.copyOf(connected);
    }
}
