package io.coup.videocall.adapter.in.signaling;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-socket token buckets: a socket may send {@code perSecond} events a second on average, in bursts of up to
 * {@code burst}; beyond that its events are refused with RATE_LIMITED. Measured on the machine's monotonic clock,
 * not the business clock.
 */
class EventRateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    EventRateLimiter(int perSecond, int burst) {
        this(perSecond, burst, System::nanoTime);
    }

    EventRateLimiter(int perSecond, int burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes one token of the socket's bucket; false when it is empty. */
    boolean tryAcquire(UUID socket) {
        return buckets.computeIfAbsent(socket, s -> new Bucket(burst, nanoTime.getAsLong())).take();
    }

    void forget(UUID socket) {
        buckets.remove(socket);
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized boolean take() {
            long now = nanoTime.getAsLong();
            tokens = Math.min(burst, tokens + (now - refilledAt) * perSecond / NANOS_PER_SECOND);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
