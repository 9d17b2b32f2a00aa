package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;
import io.coup.videocall.adapter.out.signaling.SignalingPresenceRegistry;
import io.coup.videocall.adapter.out.signaling.SocketIoCallNotifier;
import io.coup.videocall.adapter.out.signaling.SocketRooms;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import org.springframework.beans.factory.ObjectProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The notifier's way into the {@code /coup} namespace. The server is looked up lazily: it is built from the handlers,
 * which use the use cases, which use the notifier.
 * <p>
 * A kick is published on the {@link KickChannel}; every node that receives it ({@link #evictHere}) takes its own
 * sockets of the user out of the call room, each in its own lane so it does not overtake or race the socket's
 * pending events.
 */
class NamespaceRooms implements SocketRooms {

    private final ObjectProvider<SocketIOServer> server;
    private final ConnectedSockets sockets;
    private final SignalingPresenceRegistry presence;
    private final SocketTasks tasks;
    private final KickChannel kicks;

    NamespaceRooms(ObjectProvider<SocketIOServer> server, ConnectedSockets sockets, SignalingPresenceRegistry presence,
                   SocketTasks tasks, KickChannel kicks) {
        this.server = server;
        this.sockets = sockets;
        this.presence = presence;
        this.tasks = tasks;
        this.kicks = kicks;
    }

    private SocketIONamespace namespace() {
        return server.getObject().getNamespace(SignalingProperties.NAMESPACE);
    }

    @Override
    public void send(String room, String event, Object payload) {
        namespace().getRoomOperations(room).sendEvent(event, payload);
    }

    @Override
    public void removeFromCall(UserId user, SessionId sessionId) {
        kicks.publish(user, sessionId);
    }

    /** Takes this node's sockets of the user out of the call's room (run on every node for each kick). */
    void evictHere(UserId user, SessionId sessionId) {
        SocketIONamespace ns = namespace();
        for (SocketIOClient client : ns.getRoomOperations(SocketIoCallNotifier.userRoom(user)).getClients()) {
            UUID socketId = client.getSessionId();
            Runnable eviction = () -> evict(ns, client, user, sessionId);
            if (sockets.get(socketId).isPresent() && !tasks.submit(socketId, eviction)) {
                eviction.run();
            }
        }
    }

    private void evict(SocketIONamespace ns, SocketIOClient client, UserId user, SessionId sessionId) {
        UUID socketId = client.getSessionId();
        sockets.get(socketId).map(ConnectedSockets.Entry::call)
                .filter(call -> call.sessionId().equals(sessionId))
                .ifPresent(call -> {
                    sockets.left(socketId);
                    client.leaveRoom(call.roomId().value());
                    presence.disconnected(call.roomId(), user, socketId.toString());
                    Map<String, Object> left = new LinkedHashMap<>();
                    left.put("socketId", socketId.toString());
                    left.put("userId", user.value());
                    ns.getRoomOperations(call.roomId().value()).sendEvent(CallSignaling.USER_LEFT, left);
                });
    }
}
