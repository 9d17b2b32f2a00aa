package io.coup.videocall.bootstrap.metrics;

import io.coup.videocall.adapter.out.persistence.SessionPersistenceAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The call counters, fed by the store every use case saves calls through (wrapped once more by the status cache's). */
@Configuration(proxyBeanMethods = false)
public class CallMetricsConfiguration {

    @Bean
    CallMeters callMeters(MeterRegistry registry) {
        return new CallMeters(registry);
    }

    @Bean
    CountingSessionStore countingSessionStore(SessionPersistenceAdapter store, CallMeters meters) {
        return new CountingSessionStore(store, meters);
    }
}
