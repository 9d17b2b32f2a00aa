package io.coup.videocall.bootstrap.config;

import io.coup.videocall.adapter.in.signaling.SignalingProperties;
import io.coup.videocall.adapter.in.signaling.SignalingProperties.Store;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class SignalingStoreSettingTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SignalingProperties.class)
    static class Binding {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Binding.class);

    @Test
    void rooms_live_in_memory_unless_redis_is_named() {
        context.run(ctx -> assertThat(ctx.getBean(SignalingProperties.class).store()).isEqualTo(Store.MEMORY));
        context.withPropertyValues("coup.signaling.store=redis")
                .run(ctx -> assertThat(ctx.getBean(SignalingProperties.class).store()).isEqualTo(Store.REDIS));
    }

    @Test
    void a_misspelt_store_stops_the_start_up() {
        context.withPropertyValues("coup.signaling.store=reddis").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().hasStackTraceContaining("Failed to bind properties under 'coup.signaling.store'"));
    }
}
