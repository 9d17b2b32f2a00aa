package io.coup.videocall.adapter.in.signaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Kicks across nodes ({@code coup.signaling.store=redis}): a Redis pub/sub topic {@code <prefix>kicks} carrying
 * {@code {"userId", "sessionId"}}. Every node subscribes, the publishing node too, and runs its own eviction when a
 * message arrives. A kick whose publish fails is still carried out on this node. Pub/sub is fire-and-forget: a node
 * that is not connected to Redis at that moment misses the kick; its sockets then stay in the call room, but the kick
 * itself (segment closed, rejoin refused with {@code KICKED}) is stored and holds everywhere.
 */
class RedisKickChannel implements KickChannel, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisKickChannel.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Kick(String userId, String sessionId) {
    }

    private final RTopic topic;
    private final List<Eviction> evictions = new CopyOnWriteArrayList<>();
    private final int listenerId;

    RedisKickChannel(RedissonClient redis, String keyPrefix) {
        this.topic = redis.getTopic(keyPrefix + "kicks", StringCodec.INSTANCE);
        // Subscribed before the node serves anything: a kick published afterwards on any node reaches this one.
        this.listenerId = topic.addListener(String.class, (channel, message) -> received(message));
    }

    @Override
    public void publish(UserId user, SessionId sessionId) {
        try {
            topic.publish(write(new Kick(user.value(), sessionId.value())));
        } catch (RuntimeException e) {
            log.warn("Publishing the kick of {} from {} failed; evicting this node's sockets only", user, sessionId, e);
            evictHere(user, sessionId);
        }
    }

    @Override
    public void subscribe(Eviction eviction) {
        evictions.add(eviction);
    }

    private void received(String message) {
        try {
            Kick kick = JSON.readValue(message, Kick.class);
            evictHere(UserId.of(kick.userId()), SessionId.of(kick.sessionId()));
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("A kick message could not be carried out: {}", message, e);
        }
    }

    private void evictHere(UserId user, SessionId sessionId) {
        evictions.forEach(e -> e.evict(user, sessionId));
    }

    /** Unsubscribes, before the shared Redisson client shuts down. */
    @Override
    public void close() {
        topic.removeListener(listenerId);
    }

    private static String write(Kick kick) {
        try {
            return JSON.writeValueAsString(kick);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
