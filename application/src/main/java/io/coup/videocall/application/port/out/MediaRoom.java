package io.coup.videocall.application.port.out;

import java.util.Objects;

/**
 * A call's room on the media provider.
 *
 * @param id the provider's identifier of the room (the OpenVidu session id), stored on the call as
 *           {@code mediaRoomId} and passed back to every other method of {@link MediaProviderPort}
 */
public record MediaRoom(String id) {

    public MediaRoom {
        Objects.requireNonNull(id, "id");
    }
}
