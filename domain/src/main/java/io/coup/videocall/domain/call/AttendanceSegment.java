package io.coup.videocall.domain.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One continuous stretch of presence in a call; open while {@code leftAt} is null. */
public record AttendanceSegment(Instant joinedAt, Instant leftAt, LeaveReason leaveReason) {

    public AttendanceSegment {
        Objects.requireNonNull(joinedAt, "joinedAt");
        if ((leftAt == null) != (leaveReason == null)) {
            throw new IllegalArgumentException("a closed segment has both leftAt and leaveReason, an open one neither");
        }
        if (leftAt != null && leftAt.isBefore(joinedAt)) {
            throw new IllegalArgumentException("a segment cannot end before it starts");
        }
    }

    static AttendanceSegment openAt(Instant at) {
        return new AttendanceSegment(at, null, null);
    }

    public boolean isOpen() {
        return leftAt == null;
    }

    /** Closes at {@code at}, or at the start if {@code at} lies before it (a late report of an early drop). */
    AttendanceSegment closeAt(Instant at, LeaveReason reason) {
        return new AttendanceSegment(joinedAt, at.isBefore(joinedAt) ? joinedAt : at, reason);
    }

    /** Milliseconds of presence, counting an open segment up to {@code now}. */
    public long millis(Instant now) {
        Instant end = isOpen() ? now : leftAt;
        return end.isAfter(joinedAt) ? Duration.between(joinedAt, end).toMillis() : 0;
    }
}
