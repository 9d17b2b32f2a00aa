package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.out.MediaConnection;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.MediaRoom;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.util.List;

/**
 * {@code coup.media.provider=mesh}: media flows peer to peer between the browsers, signaled through our Socket.IO
 * server. There is no media server: a call's "room" is its signaling room, a "connection" is a signed room ticket
 * ({@link RoomTickets}) that opens a socket allowed into exactly that room, and the live connections are the sockets
 * in the room.
 * <p>
 * The media room id is {@code <sessionId>/<roomId>} (both ids are {@code [A-Za-z0-9_-]}), so that a ticket can name
 * both from the id alone. Disconnecting and closing act on sockets, which cannot be rolled back: they happen after the
 * use case's commit (a 503 elsewhere in the same use case leaves the sockets alone), on whichever node holds them; a
 * ticket is revoked here at once and on the other nodes when the cut reaches them. See docs/media.md.
 */
public class MeshMediaProvider implements MediaProviderPort {

    private static final char SEPARATOR = '/';

    private final RoomTickets tickets;
    private final SocketRooms rooms;

    public MeshMediaProvider(RoomTickets tickets, SocketRooms rooms) {
        this.tickets = tickets;
        this.rooms = rooms;
    }

    @Override
    public MediaProvider provider() {
        return MediaProvider.MESH;
    }

    @Override
    public MediaRoom openRoom(SessionId sessionId, RoomId roomId) {
        return new MediaRoom(sessionId.value() + SEPARATOR + roomId.value());
    }

    @Override
    public MediaConnection connect(String mediaRoomId, UserId userId, String displayName, String avatar) {
        int separator = separator(mediaRoomId);
        RoomTickets.Issued issued = tickets.issue(userId, SessionId.of(mediaRoomId.substring(0, separator)),
                roomOf(mediaRoomId), displayName, avatar);
        return new MediaConnection(issued.ticket().id(), issued.token(), issued.ticket().expiresAt());
    }

    @Override
    public void disconnect(String mediaRoomId, String connectionId) {
        AfterCommit.cut(() -> {
            tickets.revoke(connectionId);
            rooms.disconnect(connectionId);
        });
    }

    @Override
    public void closeRoom(String mediaRoomId) {
        RoomId room = roomOf(mediaRoomId);
        AfterCommit.cut(() -> rooms.disconnectTickets(room));
    }

    @Override
    public List<LiveConnection> liveConnections(String mediaRoomId) {
        return rooms.connections(roomOf(mediaRoomId));
    }

    private static RoomId roomOf(String mediaRoomId) {
        return RoomId.of(mediaRoomId.substring(separator(mediaRoomId) + 1));
    }

    private static int separator(String mediaRoomId) {
        int at = mediaRoomId.indexOf(SEPARATOR);
        if (at <= 0) {
            throw new IllegalArgumentException("Not a mesh media room id: " + mediaRoomId);
        }
        return at;
    }
}
