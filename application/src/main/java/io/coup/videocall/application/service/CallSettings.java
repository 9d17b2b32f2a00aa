package io.coup.videocall.application.service;

import io.coup.videocall.domain.call.MediaProvider;

import java.util.Objects;

/** How new calls are set up: from configuration, handed to the services by the bootstrap. */
public record CallSettings(MediaProvider mediaProvider, int maxParticipants) {

    public CallSettings {
        Objects.requireNonNull(mediaProvider, "mediaProvider");
        if (maxParticipants < 1) {
            throw new IllegalArgumentException("maxParticipants must be at least 1");
        }
    }
}
