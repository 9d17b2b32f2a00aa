package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A connection the media provider knows right now.
 *
 * @param connectionId the provider's id of the connection
 * @param userId whose connection it is (from the data the connection was issued with)
 * @param active whether a client is using it; false while the token is issued but not used yet
 * @param createdAt when it was issued
 * @param activeAt when a client started using it, or null while not active
 */
public record LiveConnection(String connectionId, UserId userId, boolean active, Instant createdAt, Instant activeAt) {

    public LiveConnection {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
