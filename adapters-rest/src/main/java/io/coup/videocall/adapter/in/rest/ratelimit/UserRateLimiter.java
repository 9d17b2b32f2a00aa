package io.coup.videocall.adapter.in.rest.ratelimit;

import io.coup.videocall.domain.user.UserId;

import java.time.Duration;
import java.util.Optional;

/** A budget of requests per user for the endpoints marked {@link RateLimitedPerUser} (SPEC §7). */
public interface UserRateLimiter {

    /**
     * Spends one request of {@code user}'s budget.
     *
     * @return empty when the request may go ahead, else how long until the next one would be allowed
     */
    Optional<Duration> tryAcquire(UserId user);
}
