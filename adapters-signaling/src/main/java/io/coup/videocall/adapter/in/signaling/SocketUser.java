package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.adapter.out.signaling.RoomTicket;

import java.util.Objects;

/**
 * Who a socket belongs to, from its handshake token only ({@code auth.userId} is never read).
 *
 * @param ticket the mesh room ticket the socket was opened with, or null for a platform JWT: a ticket socket may use
 *               only its one call room
 */
public record SocketUser(String id, String name, String avatar, RoomTicket ticket) {

    public SocketUser {
        Objects.requireNonNull(id, "id");
    }

    /** A socket opened with a platform JWT. */
    public SocketUser(String id, String name, String avatar) {
        this(id, name, avatar, null);
    }

    static SocketUser of(RoomTicket ticket) {
        return new SocketUser(ticket.userId().value(), ticket.name(), ticket.avatar(), ticket);
    }

    boolean hasTicket() {
        return ticket != null;
    }
}
