package io.coup.videocall.application.port.in.call;

/** A participant's media state after a switch. */
public record MediaStateView(String sessionId, String userId, boolean isMuted, boolean isVideoOff, boolean isSharing) {
}
