package io.coup.videocall.application.port.in.media;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

public record MediaStatusQuery(SessionId sessionId, UserId userId) {

    public MediaStatusQuery {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
    }
}
