package io.coup.videocall.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's connection to a media room, as handed to their client.
 *
 * @param connectionId the provider's id of the connection: what {@link MediaProviderPort#disconnect} takes
 * @param token what the client connects with (an OpenVidu connection token, or a signed room ticket for mesh)
 * @param expiresAt when the token stops being accepted, or null when it lives as long as the room (OpenVidu 2)
 */
public record MediaConnection(String connectionId, String token, Instant expiresAt) {

    public MediaConnection {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(token, "token");
    }
}
