package io.coup.videocall.application.port.in.call;

import java.time.Instant;

/** An in-call chat message as stored; {@code messageCount} of the sender went up by one. */
public record CallMessageView(String id, String sessionId, String userId, String message, Instant createdAt) {
}
