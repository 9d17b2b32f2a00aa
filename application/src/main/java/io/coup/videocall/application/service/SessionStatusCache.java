package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.MediaStatusView;
import io.coup.videocall.domain.call.SessionId;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Status answers kept for at most {@code ttl} (≤ 1 s, on a monotonic clock: the business clock may stand still), and
 * dropped whenever the call is saved ({@link EvictingSessionStore}). A status read that raced a change may cache the
 * state before it; {@code ttl} bounds that.
 */
public class SessionStatusCache {

    static final Duration MAX_TTL = Duration.ofSeconds(1);

    private record Entry(MediaStatusView view, long storedAtNanos) {
    }

    private final Map<SessionId, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    public SessionStatusCache(Duration ttl, LongSupplier nanoTime) {
        if (ttl == null || ttl.isNegative() || ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("the status cache ttl must be between 0 and 1s");
        }
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    Optional<MediaStatusView> get(SessionId id) {
        Entry entry = entries.get(id);
        if (entry == null || nanoTime.getAsLong() - entry.storedAtNanos() >= ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(entry.view());
    }

    void put(SessionId id, MediaStatusView view) {
        if (ttlNanos > 0) {
            entries.put(id, new Entry(view, nanoTime.getAsLong()));
        }
        long now = nanoTime.getAsLong();
        entries.values().removeIf(e -> now - e.storedAtNanos() >= ttlNanos);
    }

    public void evict(SessionId id) {
        entries.remove(id);
    }
}
