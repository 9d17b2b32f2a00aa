package io.coup.videocall.application.service;



/** How new calls are set up: from configuration, handed to the services by the bootstrap. */
public record CallSettings(int maxParticipants) {

    public CallSettings {
        if (maxParticipants < 1) {
            throw new IllegalArgumentException("maxParticipants must be at least 1");
        }
    }
}
