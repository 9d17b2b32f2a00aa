package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

/**
 * The Socket.IO side {@link SocketIoCallNotifier} pushes through, implemented next to the server (package
 * {@code adapter.in.signaling}): broadcasting to a named room, and taking a kicked user's sockets out of a call room.
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
}
