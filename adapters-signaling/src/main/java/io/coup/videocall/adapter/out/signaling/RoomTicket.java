package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * What a verified mesh room ticket grants: {@code userId} may open a socket and join exactly {@code roomId} of call
 * {@code sessionId}, until {@code expiresAt} (checked at the handshake; an open socket is not cut at expiry).
 *
 * @param id the ticket's {@code jti}: the mesh connection id that {@code disconnect} takes
 * @param name display name shown to the other participants (may be null)
 * @param avatar picture URL (may be null)
 */
public record RoomTicket(String id, UserId userId, SessionId sessionId, RoomId roomId, String name, String avatar,
                         Instant issuedAt, Instant expiresAt) {

    public RoomTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
