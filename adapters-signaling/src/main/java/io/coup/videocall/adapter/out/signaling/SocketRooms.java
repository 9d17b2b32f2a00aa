package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.List;

/**
 * The Socket.IO side {@link SocketIoCallNotifier} pushes through, implemented next to the server (package
 * {@code adapter.in.signaling}): broadcasting to a named room, taking a kicked user's sockets out of a call room, and
 * the mesh provider's view of the sockets as media connections.
 */
public interface SocketRooms {

    /** Sends {@code event} with {@code payload} to every socket in {@code room} (cluster-wide once rooms are shared). */
    void send(String room, String event, Object payload);

    /**
     * Takes the user's sockets out of the call's room: they stop counting towards {@code onlineCount}, the others in
     * the room get {@code video:user-left}, and no leave or disconnect is recorded for them later (the kick already
     * closed their segment).
     */
    void removeFromCall(UserId user, SessionId sessionId);

    /**
     * On every node, the user's sockets leave the study's presence room (the others get {@code presence:user-offline}
     * where it was their last socket there) and the study's call room, as {@link #removeFromCall} does; a socket
     * opened with a room ticket of that call is disconnected.
     */
    void endMembership(UserId user, StudyId studyId);

    /**
     * The sockets of this node in the call room, as mesh media connections: a socket opened with a room ticket is the
     * ticket's connection ({@code connectionId} = the ticket id), any other socket is its own ({@code connectionId} =
     * the socket id).
     */
    List<LiveConnection> connections(RoomId room);

    /**
     * Ends that connection (a ticket id or a socket id) on whichever node holds it, after its socket's pending events:
     * a ticket socket is disconnected (and the ticket refused by every node from then on); a platform-JWT socket, which
     * also serves study chat and presence, only leaves the call room.
     */
    void disconnect(String connectionId);

    /** Disconnects every node's sockets opened with a ticket for the room (the call ended; the tickets are void). */
    void disconnectTickets(RoomId room);
}
