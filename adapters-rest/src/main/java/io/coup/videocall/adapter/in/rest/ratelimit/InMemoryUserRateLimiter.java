package io.coup.videocall.adapter.in.rest.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coup.videocall.domain.user.UserId;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.Optional;

/**
 * One Bucket4j token bucket per user, kept in this node's memory: {@code burst} requests at once, refilled at
 * {@code perMinute}. Several nodes each count on their own, so a user may get up to one budget per node. A bucket
 * untouched for as long as a full refill takes is full again anyway, so it is dropped then; the number of
 * buckets is capped as well, so a flood of distinct users cannot grow memory without bound.
 */
public class InMemoryUserRateLimiter implements UserRateLimiter {

    static final long MAX_TRACKED_USERS = 100_000;

    private final Bandwidth bandwidth;
    private final TimeMeter time;
    private final Cache<UserId, Bucket> buckets;

    public InMemoryUserRateLimiter(int perMinute, int burst) {
        this(perMinute, burst, TimeMeter.SYSTEM_NANOTIME);
    }

    /** @param time where the buckets read the time: the system's monotonic clock, or a test's own */
    public InMemoryUserRateLimiter(int perMinute, int burst, TimeMeter time) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("perMinute and burst must be positive");
        }
        this.bandwidth = Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
        this.time = time;
        Duration untilFull = Duration.ofNanos(Duration.ofMinutes(1).toNanos() / perMinute * burst);
        this.buckets = Caffeine.newBuilder()
                .ticker(time::currentTimeNanos)
                .expireAfterAccess(untilFull.plusSeconds(1))
                .maximumSize(MAX_TRACKED_USERS)
                .build();
    }

    @Override
    public Optional<Duration> tryAcquire(UserId user) {
        Bucket bucket = buckets.get(user, u -> Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
