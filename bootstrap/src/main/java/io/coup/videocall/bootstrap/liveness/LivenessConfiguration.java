package io.coup.videocall.bootstrap.liveness;

import io.coup.videocall.application.port.in.liveness.ReapStaleParticipantsUseCase;
import io.coup.videocall.application.port.in.liveness.RecordHeartbeatUseCase;
import io.coup.videocall.bootstrap.config.CoupProperties;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

import java.time.Clock;
import java.time.Duration;

/**
 * Schedules the heartbeat every {@code coup.calls.heartbeat-interval} and, unless {@code coup.calls.reaper-enabled}
 * is false, the reaper every {@code coup.calls.reaper-interval}, its first run at start-up (on Boot's task scheduler,
 * {@code spring.task.scheduling.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class LivenessConfiguration {

    @Bean
    LivenessSchedule livenessSchedule(RecordHeartbeatUseCase heartbeat, ReapStaleParticipantsUseCase reaper,
                                      LockProvider locks, CoupProperties properties) {
        CoupProperties.Calls calls = properties.calls();
        return new LivenessSchedule(heartbeat, reaper, new DefaultLockingTaskExecutor(locks), calls.staleAfter(),
                calls.reaperInterval(), Clock.systemUTC());
    }

    @Bean
    SchedulingConfigurer livenessTasks(LivenessSchedule schedule, CoupProperties properties) {
        CoupProperties.Calls calls = properties.calls();
        return tasks -> {
            tasks.addFixedDelayTask(new FixedDelayTask(schedule::sendHeartbeat, calls.heartbeatInterval(),
                    calls.heartbeatInterval()));
            if (calls.reaperEnabled()) {
                tasks.addFixedDelayTask(new FixedDelayTask(schedule::reap, calls.reaperInterval(), Duration.ZERO));
            }
        };
    }
}
