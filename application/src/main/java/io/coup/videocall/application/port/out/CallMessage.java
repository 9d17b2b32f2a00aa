package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/** One in-call chat message as stored with its session. */
public record CallMessage(String id, SessionId sessionId, UserId userId, String message, Instant createdAt) {

    public CallMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
