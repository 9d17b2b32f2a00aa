package io.coup.videocall.application.port.in.media;

import java.time.Instant;
import java.util.Objects;

/**
 * The media server reports that a room is gone.
 *
 * @param mediaRoomId the media server's room (a call's {@code mediaRoomId})
 * @param closedAt when it closed, by the media server's clock
 */
public record MediaRoomClosedCommand(String mediaRoomId, Instant closedAt) {

    public MediaRoomClosedCommand {
        Objects.requireNonNull(mediaRoomId, "mediaRoomId");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
