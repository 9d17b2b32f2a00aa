package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Carries a kick to every node that may hold the kicked user's sockets; each node takes its own sockets out of the
 * call room. With {@code coup.signaling.store=redis} that is every node ({@link RedisKickChannel}); with the default
 * in-memory store it is this node only ({@link #local()}).
 */
interface KickChannel {

    /** What a node does with a kick: evict its own sockets of {@code user} from the call {@code sessionId}. */
    @FunctionalInterface
    interface Eviction {
        void evict(UserId user, SessionId sessionId);
    }

    /** Delivers the kick to the evictions subscribed on every node, this one included. */
    void publish(UserId user, SessionId sessionId);

    /** Runs {@code eviction} for every kick published on any node. */
    void subscribe(Eviction eviction);

    /** One node only: a kick runs this node's evictions at once. */
    static KickChannel local() {
        List<Eviction> evictions = new CopyOnWriteArrayList<>();
        return new KickChannel() {
            @Override
            public void publish(UserId user, SessionId sessionId) {
                evictions.forEach(e -> e.evict(user, sessionId));
            }

            @Override
            public void subscribe(Eviction eviction) {
                evictions.add(eviction);
            }
        };
    }
}
