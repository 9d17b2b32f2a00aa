package io.coup.videocall.application.port.in.call;

import io.coup.videocall.application.port.in.user.UserView;

import java.time.Instant;

/** A participant's attendance; durations are whole seconds and, while present, count up to now. */
public record ParticipantView(String id, String sessionId, String userId, Instant joinedAt, Instant leftAt,
                              long duration, long audioMutedTime, long videoOffTime, long screenSharedTime,
                              boolean isMuted, boolean isVideoOff, boolean isSharing, UserView user) {
}
