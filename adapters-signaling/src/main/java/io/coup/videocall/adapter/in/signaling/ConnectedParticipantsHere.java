package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.application.port.out.ConnectedParticipantsPort;
import io.coup.videocall.domain.user.UserId;

import java.util.HashSet;
import java.util.Set;

/**
 * What this node's heartbeat reports (SPEC §6.3): every person with a socket of this node in a call room, and every
 * person whose last socket dropped within the reconnect grace, so the reaper never closes a visit that may go on.
 */
class ConnectedParticipantsHere implements ConnectedParticipantsPort {

    private final ConnectedSockets sockets;
    private final GraceOnDisconnect grace;

    ConnectedParticipantsHere(ConnectedSockets sockets, GraceOnDisconnect grace) {
        this.sockets = sockets;
        this.grace = grace;
    }

    @Override
    public Set<ConnectedParticipant> connectedHere() {
        Set<ConnectedParticipant> here = new HashSet<>(grace.waitingToReturn());
        for (ConnectedSockets.Entry socket : sockets.inCalls()) {
            here.add(new ConnectedParticipant(socket.call().sessionId(), UserId.of(socket.user().id())));
        }
        return here;
    }
}
