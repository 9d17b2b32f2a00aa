package io.coup.videocall.domain.call;

/** Why an attendance segment closed. */
public enum LeaveReason {
    /** The person left on purpose. */
    LEFT,
    /** The connection dropped and was not restored within the reconnect grace. */
    DISCONNECTED,
    /** A moderator removed the person. */
    KICKED,
    /** The call ended while the person was in it. */
    SESSION_ENDED,
    /** Closed after a crash by the stale-session reaper, at the last instant the person was seen. */
    REAPED,
    /** The person stopped being an active member of the study (removed, banned or set pending) while in the call. */
    REMOVED
}
