package io.coup.videocall.application.port.out;

import java.util.Set;

/** The people this node's signaling connections keep in calls right now. */
public interface ConnectedParticipantsPort {

    /**
     * Everyone with a socket of this node in a call room, and everyone whose last socket dropped within the
     * reconnect grace (they may come back as the same visit, so they must not be reaped meanwhile).
     */
    Set<ConnectedParticipant> connectedHere();
}
