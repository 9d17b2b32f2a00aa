package io.coup.videocall.domain.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When someone still recorded as present in a call is in fact gone (SPEC §6.3): their connection's node crashed or
 * was killed, so no leave or disconnect was ever recorded.
 * <ul>
 *   <li>A live signaling connection keeps reporting its participant. Once a connection reported someone during
 *       their current visit, they are gone when no report came for {@code connectedStaleAfter}, and they were last
 *       seen at the last report.</li>
 *   <li>Someone no connection reported during the current visit (a REST-only client, e.g. with the media server's
 *       own connection) was last seen when the visit began; they are gone after the much longer
 *       {@code unconnectedStaleAfter}, so nothing stays active forever.</li>
 *   <li>A call nobody is in is abandoned {@code unconnectedStaleAfter} after its last leave (or its start).</li>
 * </ul>
 */
public record Staleness(Duration connectedStaleAfter, Duration unconnectedStaleAfter) {

    public Staleness {
        requirePositive(connectedStaleAfter, "connectedStaleAfter");
        requirePositive(unconnectedStaleAfter, "unconnectedStaleAfter");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    /**
     * @param visit the open attendance segment
     * @param lastReported when a live connection last reported this participant; null if never
     * @return the instant the participant was last seen, if they count as gone at {@code now}
     */
    public Optional<Instant> goneSince(AttendanceSegment visit, Instant lastReported, Instant now) {
        boolean reportedThisVisit = lastReported != null && !lastReported.isBefore(visit.joinedAt());
        Instant lastSeen = reportedThisVisit ? lastReported : visit.joinedAt();
        Duration staleAfter = reportedThisVisit ? connectedStaleAfter : unconnectedStaleAfter;
        return lastSeen.plus(staleAfter).isBefore(now) ? Optional.of(lastSeen) : Optional.empty();
    }

    /** Whether a call with nobody in it since {@code emptySince} counts as abandoned at {@code now}. */
    public boolean abandoned(Instant emptySince, Instant now) {
        return emptySince.plus(unconnectedStaleAfter).isBefore(now);
    }
}
