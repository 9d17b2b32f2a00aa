package io.coup.videocall.application.port.in.call;

import io.coup.videocall.domain.call.LeaveReason;

import java.time.Instant;
import java.util.List;

/** One row per attendance segment, oldest first: what an organiser exports after a call. */
public record AttendanceReport(String sessionId, List<Row> rows) {

    /** {@code leftAt} and {@code leaveReason} are null for a segment still open; seconds then count up to now. */
    public record Row(String userId, String name, Instant joinedAt, Instant leftAt, long seconds,
                      LeaveReason leaveReason) {
    }
}
