package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.MediaStatusView;
import io.coup.videocall.domain.call.SessionId;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Advanced-API status answers kept for at most {@code ttl} (≤ 1 s), and dropped whenever the call is saved
 * ({@link EvictingSessionStore}). A status read that raced a change may cache the state before it; {@code ttl}
 * bounds that.
 */
public class SessionStatusCache {

    private final BriefCache<SessionId, MediaStatusView> answers;

    public SessionStatusCache(Duration ttl, LongSupplier nanoTime) {
        this.answers = new BriefCache<>(ttl, nanoTime, "the status cache ttl");
    }

    Optional<MediaStatusView> get(SessionId id) {
        return answers.get(id);
    }

    void put(SessionId id, MediaStatusView view) {
        answers.put(id, view);
    }

    public void evict(SessionId id) {
        answers.remove(id);
    }
}
