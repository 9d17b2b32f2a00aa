package io.coup.videocall.application.port.in.media;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/**
 * @param userId the authenticated caller (never a client-sent name)
 * @param displayName what the others see, if the client chose one; else the caller's profile name
 * @param lastConnectionId for {@link Purpose#RECONNECT}: the caller's connection to end (ignored if gone or not theirs)
 */
public record ConnectToCallCommand(SessionId sessionId, UserId userId, String displayName, Purpose purpose,
                                   String lastConnectionId) {

    /** What the connection is for. */
    public enum Purpose {
        /** Enter the call: admitted (a returning participant gets a new segment), then a connection. */
        JOIN,
        /** Another token for someone present: attendance untouched, the current connection keeps working. */
        REFRESH,
        /** The old connection ends, a new one is issued; within the reconnect grace attendance goes on as one segment. */
        RECONNECT
    }

    public ConnectToCallCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        if (displayName != null && displayName.isBlank()) {
            displayName = null;
        }
    }
}
