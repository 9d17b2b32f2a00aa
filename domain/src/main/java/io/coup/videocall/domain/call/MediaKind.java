package io.coup.videocall.domain.call;

/** The media states whose time we account: each is "on" while the condition holds. */
public enum MediaKind {
    AUDIO_MUTED, VIDEO_OFF, SCREEN_SHARING
}
