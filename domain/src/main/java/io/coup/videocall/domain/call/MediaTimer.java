package io.coup.videocall.domain.call;

import java.time.Duration;
import java.time.Instant;

/**
 * Accumulates how long one media state (muted, video off, sharing) has held, in milliseconds, so that many
 * short toggles lose nothing to rounding. Immutable.
 */
public record MediaTimer(long accumulatedMillis, Instant onSince) {

    public static final MediaTimer OFF = new MediaTimer(0, null);

    public MediaTimer {
        if (accumulatedMillis < 0) {
            throw new IllegalArgumentException("accumulatedMillis must not be negative");
        }
    }

    public boolean isOn() {
        return onSince != null;
    }

    /** Switching to the state already held changes nothing. */
    MediaTimer switchTo(boolean on, Instant at) {
        if (on == isOn()) {
            return this;
        }
        return on ? new MediaTimer(accumulatedMillis, at) : new MediaTimer(millis(at), null);
    }

    public long millis(Instant now) {
        if (!isOn() || !now.isAfter(onSince)) {
            return accumulatedMillis;
        }
        return accumulatedMillis + Duration.between(onSince, now).toMillis();
    }
}
