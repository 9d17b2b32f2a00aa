package io.coup.videocall.application.port.in.media;

import io.coup.videocall.domain.call.SessionId;

import java.util.Objects;

public record ReconcileCallCommand(SessionId sessionId) {

    public ReconcileCallCommand {
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
