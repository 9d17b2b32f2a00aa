package io.coup.videocall.domain.call;

import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/**
 * What happened to a call while one copy of it was changed: recorded by {@link VideoCallSession}, taken once by
 * whoever saves it ({@link VideoCallSession#takeEvents()}). Only changes: a repeated join of someone present or a
 * second leave records nothing.
 */
public sealed interface CallEvent {

    SessionId sessionId();

    record Started(SessionId sessionId) implements CallEvent {
        public Started {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** Nobody is present any more, or the call was ended for everyone. */
    record Ended(SessionId sessionId) implements CallEvent {
        public Ended {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** A visit began: a first join, or a return after a leave. */
    record Joined(SessionId sessionId, UserId userId) implements CallEvent {
        public Joined {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** A visit ended, for {@code reason}. */
    record Left(SessionId sessionId, UserId userId, LeaveReason reason) implements CallEvent {
        public Left {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
