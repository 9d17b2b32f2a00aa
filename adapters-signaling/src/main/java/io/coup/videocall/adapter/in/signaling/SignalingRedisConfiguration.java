package io.coup.videocall.adapter.in.signaling;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@code coup.signaling.store=redis} (SPEC §6.1): one Redisson client for the node, closed on shutdown, used by
 * netty-socketio's {@code RedissonStoreFactory} (room broadcasts, per-socket and per-user rooms reach every node)
 * and by {@code RedisCallRooms} (onlineCount, room-state and the relays' same-room check across nodes), which
 * {@link SignalingConfiguration} builds when this client exists, and by the {@code redis} health contributor. With
 * the default {@code memory} nothing here is created and no Redis is needed.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "coup.signaling.store", havingValue = "redis")
@EnableConfigurationProperties(SignalingRedisProperties.class)
public class SignalingRedisConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedissonClient signalingRedisson(SignalingRedisProperties properties) {
        Config config = new Config();
        config.useSingleServer().setAddress(properties.url());
        return Redisson.create(config);
    }

    /** Contributor {@code redis} of {@code /actuator/health}: only here, where the node depends on Redis. */
    @Bean
    RedisHealthIndicator redisHealthIndicator(RedissonClient signalingRedisson, SignalingRedisProperties properties) {
        return new RedisHealthIndicator(signalingRedisson, properties.url(), properties.healthTimeout());
    }
}
