package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.util.List;

/**
 * Where a call's media flows: rooms on a media server (OpenVidu) or tickets for our own peer-to-peer signaling
 * (mesh). Every method either does what it says or throws {@link MediaServerUnavailableException}; none leaves
 * a half-done state that a repeated call would not complete. Callers invoke the port before they commit, so a
 * failure rolls their transaction back and nothing is half-written.
 */
public interface MediaProviderPort {

    /** Which provider this is, recorded on the calls it serves. */
    MediaProvider provider();

    /**
     * The media room of a call, created on the media server if it does not exist yet. Idempotent: calling it
     * again for the same session returns the same room and never creates a second one, so a caller may call it on
     * every join (lazy creation on the first).
     *
     * @param roomId the call's signaling room (the mesh provider's room; OpenVidu names its room after the session)
     */
    MediaRoom openRoom(SessionId sessionId, RoomId roomId);

    /**
     * A new connection of one person to the room, with the token their client connects with. One per join (and
     * per reconnect or token refresh). If the media server lost the room (a restart), the room is recreated and
     * the connection issued transparently. The identity comes from the caller (the authenticated user), never
     * from the client.
     *
     * @param displayName shown to the other participants (may be null)
     * @param avatar picture URL (may be null)
     */
    MediaConnection connect(String mediaRoomId, UserId userId, String displayName, String avatar);

    /**
     * Ends a connection at once (kick, auto-reconnect): the client is evicted or, if it never used its token, the
     * token stops working. A connection or room that is already gone is not an error.
     */
    void disconnect(String mediaRoomId, String connectionId);

    /** Ends the room and every connection in it (the call ended). A room that is already gone is not an error. */
    void closeRoom(String mediaRoomId);

    /**
     * The connections the media server knows in the room right now, in use or issued and not yet used. Empty when
     * the room does not exist (any more) on the media server. Connections that were not issued by this port (no
     * user of ours in their data) are left out.
     */
    List<LiveConnection> liveConnections(String mediaRoomId);
}
