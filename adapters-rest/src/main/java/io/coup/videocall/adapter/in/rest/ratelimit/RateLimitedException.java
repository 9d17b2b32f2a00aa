package io.coup.videocall.adapter.in.rest.ratelimit;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

import java.time.Duration;
import java.util.Map;

/** 429 {@code RATE_LIMITED}; {@code details.retryAfterSeconds} also becomes the {@code Retry-After} header. */
public class RateLimitedException extends DomainException {

    public RateLimitedException(Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED, "Too many requests; try again in " + seconds(retryAfter) + " s.",
                Map.of("retryAfterSeconds", seconds(retryAfter)));
    }

    /** Whole seconds, rounded up and at least 1, so a client that waits that long is let in. */
    private static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
