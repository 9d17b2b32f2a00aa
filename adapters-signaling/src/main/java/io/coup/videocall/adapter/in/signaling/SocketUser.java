package io.coup.videocall.adapter.in.signaling;

import java.util.Objects;

/** Who a socket belongs to, from its handshake token only ({@code auth.userId} is never read). */
public record SocketUser(String id, String name, String avatar) {

    public SocketUser {
        Objects.requireNonNull(id, "id");
    }
}
