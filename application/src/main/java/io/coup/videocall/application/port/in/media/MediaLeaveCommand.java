package io.coup.videocall.application.port.in.media;

import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * The media server reports that one connection of a person left a room.
 *
 * @param mediaRoomId the media server's room (a call's {@code mediaRoomId})
 * @param connectionId the connection that left; the person's other connections in the room keep them present
 * @param userId whose connection it was (from the data we issued the connection with)
 * @param leftAt when it left, by the media server's clock
 * @param reason what the media server's reason means for attendance
 */
public record MediaLeaveCommand(String mediaRoomId, String connectionId, UserId userId, Instant leftAt,
                                LeaveReason reason) {

    public MediaLeaveCommand {
        Objects.requireNonNull(mediaRoomId, "mediaRoomId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(leftAt, "leftAt");
        Objects.requireNonNull(reason, "reason");
    }
}
