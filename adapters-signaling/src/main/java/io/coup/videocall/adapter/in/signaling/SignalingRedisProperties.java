package io.coup.videocall.adapter.in.signaling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The Redis of the multi-node signaling store, under {@code coup.signaling.redis.*}; used only with
 * {@code coup.signaling.store=redis}.
 *
 * @param url the Redis server, {@code redis://host:port} (or {@code rediss://}, credentials in the URL)
 * @param keyPrefix prefix of the keys of the room directory (netty-socketio's pub/sub channels have none:
 *                  one Redis per environment)
 * @param entryTtl how long a socket's directory entry outlives its node: each node renews its own every third
 *                 of it, so entries of a crashed node vanish after at most this long
 * @param healthTimeout how long the health check waits for Redis to answer its PING before reporting it DOWN
 */
@ConfigurationProperties("coup.signaling.redis")
public record SignalingRedisProperties(@DefaultValue("redis://127.0.0.1:6379") String url,
                                       @DefaultValue("coup:signaling:") String keyPrefix,
                                       @DefaultValue("90s") Duration entryTtl,
                                       @DefaultValue("2s") Duration healthTimeout) {

    public SignalingRedisProperties {
        if (url == null || !(url.startsWith("redis://") || url.startsWith("rediss://"))) {
            throw new IllegalArgumentException("coup.signaling.redis.url must start with redis:// or rediss://");
        }
        if (keyPrefix == null) {
            keyPrefix = "";
        }
        if (entryTtl == null || entryTtl.toMillis() < 3) {
            throw new IllegalArgumentException("coup.signaling.redis.entry-ttl must be positive");
        }
        if (healthTimeout == null || healthTimeout.isNegative() || healthTimeout.isZero()) {
            throw new IllegalArgumentException("coup.signaling.redis.health-timeout must be positive");
        }
    }
}
