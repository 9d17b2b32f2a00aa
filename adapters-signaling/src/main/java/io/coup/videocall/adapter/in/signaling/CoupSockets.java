package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.handler.ClientHead;
import io.netty.channel.Channel;

import java.util.Optional;

/** From a netty channel to its socket on {@code /coup}, for handlers that run below netty-socketio's listeners. */
final class CoupSockets {

    private CoupSockets() {
    }

    /** The channel's socket on {@code /coup}, if it has one whose token was accepted (one in {@code sockets}). */
    static Optional<SocketIOClient> authenticated(Channel channel, ConnectedSockets sockets) {
        ClientHead head = channel.attr(ClientHead.CLIENT).get();
        if (head == null || sockets.get(head.getSessionId()).isEmpty()) {
            return Optional.empty();
        }
        return head.getNamespaces().stream()
                .filter(namespace -> SignalingProperties.NAMESPACE.equals(namespace.getName()))
                .findFirst()
                .map(head::getChildClient);
    }
}
