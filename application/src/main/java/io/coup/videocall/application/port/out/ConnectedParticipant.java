package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** A person in a call whom a live connection of this node represents. */
public record ConnectedParticipant(SessionId sessionId, UserId userId) {

    public ConnectedParticipant {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
    }
}
