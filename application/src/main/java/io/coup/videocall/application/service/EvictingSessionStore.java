package io.coup.videocall.application.service;

import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.VideoCallSession;

/** Every save of a call goes through here, so a cached status never outlives a change of the call. */
public class EvictingSessionStore implements SaveSessionPort {

    private final SaveSessionPort store;
    private final SessionStatusCache cache;

    public EvictingSessionStore(SaveSessionPort store, SessionStatusCache cache) {
        this.store = store;
        this.cache = cache;
    }

    @Override
    public void saveSession(VideoCallSession session) {
        store.saveSession(session);
        cache.evict(session.id());
    }
}
