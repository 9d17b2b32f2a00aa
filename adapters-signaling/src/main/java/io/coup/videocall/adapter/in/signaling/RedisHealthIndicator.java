package io.coup.videocall.adapter.in.signaling;

import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Actuator health of the signaling store's Redis (contributor {@code redis}), through the node's own Redisson client:
 * one PING on a fresh connection, bounded by {@code timeout}, so it reports whether Redis answers now rather than
 * what the pool last saw. UP with the server's address; DOWN with it and the reason. Spring Boot's own Redis
 * indicator needs spring-data-redis, which this service does not use. Never shows the URL's credentials.
 */
final class RedisHealthIndicator implements HealthIndicator {

    private final RedissonClient redisson;
    private final String address;
    private final Duration timeout;

    RedisHealthIndicator(RedissonClient redisson, String url, Duration timeout) {
        this.redisson = redisson;
        URI uri = URI.create(url);
        this.address = uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort());
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            // False when no PONG came in time, whatever the cause (refused, reset, silent); Redisson says no more.
            if (redisson.getRedisNodes(RedisNodes.SINGLE).pingAll(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return Health.up().withDetail("address", address).build();
            }
            return Health.down().withDetail("address", address)
                    .withDetail("error", "no answer to PING within " + timeout.toMillis() + " ms").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("address", address)
                    .withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
