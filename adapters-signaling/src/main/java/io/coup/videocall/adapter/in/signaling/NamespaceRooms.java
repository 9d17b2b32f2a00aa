package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;
import io.coup.videocall.adapter.out.signaling.SignalingPresenceRegistry;
import io.coup.videocall.adapter.out.signaling.SocketIoCallNotifier;
import io.coup.videocall.adapter.out.signaling.SocketRooms;
import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.springframework.beans.factory.ObjectProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The notifier's way into the {@code /coup} namespace. The server is looked up lazily: it is built from the handlers,
 * which use the use cases, which use the notifier.
 * <p>
 * What concerns sockets wherever they are (a kick, a cut connection, an ended call's tickets, an ended membership) is
 * published as a {@link SocketCommand}; every node that receives it ({@link #carryOut}) acts on its own sockets, each
 * in its own lane so it does not overtake or race the socket's pending events.
 */
class NamespaceRooms implements SocketRooms {

    private final ObjectProvider<SocketIOServer> server;
    private final ConnectedSockets sockets;
    private final SignalingPresenceRegistry presence;
    private final SocketTasks tasks;
    private final SocketCommands commands;
    private final ObjectProvider<StudySignaling> studies;

    NamespaceRooms(ObjectProvider<SocketIOServer> server, ConnectedSockets sockets, SignalingPresenceRegistry presence,
                   SocketTasks tasks, SocketCommands commands, ObjectProvider<StudySignaling> studies) {
        this.server = server;
        this.sockets = sockets;
        this.presence = presence;
        this.tasks = tasks;
        this.commands = commands;
        this.studies = studies;
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
        commands.publish(new SocketCommand.Kick(user, sessionId));
    }

    @Override
    public void endMembership(UserId user, StudyId studyId) {
        commands.publish(new SocketCommand.EndMembership(user, studyId));
    }

    @Override
    public void disconnect(String connectionId) {
        commands.publish(new SocketCommand.Disconnect(connectionId));
    }

    @Override
    public void disconnectTickets(RoomId room) {
        commands.publish(new SocketCommand.CloseTickets(room));
    }

    /** What every node does with a command: acts on its own sockets. */
    void carryOut(SocketCommand command) {
        if (command instanceof SocketCommand.Kick kick) {
            forEachSocketOf(kick.user(), (ns, client, entry) -> evict(ns, client, kick.user(), kick.sessionId()));
        } else if (command instanceof SocketCommand.EndMembership ended) {
            forEachSocketOf(ended.user(), (ns, client, entry) -> endMembership(ns, client, entry, ended.studyId()));
        } else if (command instanceof SocketCommand.Disconnect cut) {
            disconnectHere(cut.connectionId());
        } else if (command instanceof SocketCommand.CloseTickets close) {
            disconnectTicketsHere(close.room());
        }
    }

    @FunctionalInterface
    private interface SocketAction {
        void run(SocketIONamespace ns, SocketIOClient client, ConnectedSockets.Entry entry);
    }

    /** Runs {@code action} in the lane of each of this node's sockets of the user, if the socket is still there then. */
    private void forEachSocketOf(UserId user, SocketAction action) {
        SocketIONamespace ns = namespace();
        for (SocketIOClient client : ns.getRoomOperations(SocketIoCallNotifier.userRoom(user)).getClients()) {
            UUID socketId = client.getSessionId();
            if (sockets.get(socketId).isPresent()) {
                inLane(socketId, () -> sockets.get(socketId).ifPresent(entry -> action.run(ns, client, entry)));
            }
        }
    }

    /**
     * The socket leaves the study's call room (as a kick, but free to come back once a member again; a ticket socket,
     * which exists only for that room, is disconnected) and the study's presence room.
     */
    private void endMembership(SocketIONamespace ns, SocketIOClient client, ConnectedSockets.Entry entry,
                               StudyId studyId) {
        UserId user = UserId.of(entry.user().id());
        if (entry.call() != null && entry.call().studyId().equals(studyId)) {
            evict(ns, client, user, entry.call().sessionId());
            if (entry.user().hasTicket()) {
                client.disconnect();
                return;
            }
        }
        studies.getObject().leaveStudy(client, entry.user(), studyId);
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

    /** Cluster-wide (Redis) from the room directory, which lists every node's sockets; otherwise this node's. */
    @Override
    public List<LiveConnection> connections(RoomId room) {
        return presence.clusterWide() ? presence.connections(room)
                : sockets.inRoom(room).stream().map(ConnectedSockets.Entry::asConnection).toList();
    }

    /**
     * A ticket socket exists only for its room: it is disconnected (its drop is then handled as any other). A socket
     * opened with the platform JWT also serves the study's chat and presence: it is only taken out of the call room,
     * as a kick does.
     */
    private void disconnectHere(String connectionId) {
        SocketIONamespace ns = namespace();
        for (ConnectedSockets.Entry e : sockets.all()) {
            SocketIOClient client = connectionId.equals(e.connectionId()) ? ns.getClient(e.socketId()) : null;
            if (client == null) {
                continue;
            }
            Runnable cut = e.user().hasTicket() ? client::disconnect
                    : () -> sockets.get(e.socketId()).map(ConnectedSockets.Entry::call)
                            .ifPresent(call -> evict(ns, client, UserId.of(e.user().id()), call.sessionId()));
            inLane(e.socketId(), cut);
        }
    }

    private void disconnectTicketsHere(RoomId room) {
        SocketIONamespace ns = namespace();
        for (ConnectedSockets.Entry e : sockets.all()) {
            SocketIOClient client = e.user().hasTicket() && e.user().ticket().roomId().equals(room)
                    ? ns.getClient(e.socketId()) : null;
            if (client != null) {
                inLane(e.socketId(), client::disconnect);
            }
        }
    }

    /** After what the socket sent before; at once if its lane is full. */
    private void inLane(UUID socketId, Runnable task) {
        if (!tasks.submit(socketId, task)) {
            task.run();
        }
    }
}
