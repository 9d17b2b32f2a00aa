package io.coup.videocall.application.service;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Values kept for at most {@code ttl} (0–1 s; 0 keeps nothing), timed on a monotonic clock because the business
 * clock may stand still. Expired entries are swept at most once per {@code ttl}, so a put stays cheap with many keys.
 */
final class BriefCache<K, V> {

    static final Duration MAX_TTL = Duration.ofSeconds(1);

    private record Entry<V>(V value, long storedAtNanos) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private volatile long lastSweepNanos;

    /** @param what names the setting in the message when {@code ttl} is out of range */
    BriefCache(Duration ttl, LongSupplier nanoTime, String what) {
        if (ttl == null || ttl.isNegative() || ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 1s, not " + ttl);
        }
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
        this.lastSweepNanos = nanoTime.getAsLong();
    }

    Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null || expired(entry, nanoTime.getAsLong())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    void put(K key, V value) {
        putUnless(key, value, cached -> false);
    }

    /** Stores {@code value} unless the key holds an unexpired value that {@code keepCached} prefers to keep. */
    void putUnless(K key, V value, Predicate<V> keepCached) {
        if (ttlNanos == 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        entries.merge(key, new Entry<>(value, now), (cached, offered) ->
                !expired(cached, now) && keepCached.test(cached.value()) ? cached : offered);
        if (now - lastSweepNanos >= ttlNanos) {
            lastSweepNanos = now;
            entries.values().removeIf(e -> expired(e, now));
        }
    }

    void remove(K key) {
        entries.remove(key);
    }

    /** Entries held, expired or not: for tests of the sweep. */
    int size() {
        return entries.size();
    }

    private boolean expired(Entry<V> entry, long now) {
        return now - entry.storedAtNanos() >= ttlNanos;
    }
}
