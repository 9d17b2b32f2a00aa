package io.coup.videocall.application.port.in.media;

import io.coup.videocall.application.port.in.call.ParticipantView;
import io.coup.videocall.application.port.in.call.SessionView;

import java.time.Instant;

/**
 * A connection issued to the caller: the call, their attendance, and what their client connects with.
 *
 * @param displayName the name the connection carries (the client's choice, else the profile name; may be null)
 * @param token an OpenVidu connection token, or a signed room ticket for mesh
 * @param expiresAt when the token stops being accepted, or null when it lives as long as the room
 */
public record CallConnectionView(SessionView session, ParticipantView participant, String displayName,
                                 String connectionId, String token, Instant expiresAt) {
}
