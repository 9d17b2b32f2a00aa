package io.coup.videocall.bootstrap.liveness;

import io.coup.videocall.bootstrap.config.CoupProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stale time must outlast a reaper interval plus two heartbeats, or connected people could be reaped. */
class CallsPropertiesTest {

    private static CoupProperties.Calls calls(long heartbeat, long staleAfter, long reaperInterval) {
        return new CoupProperties.Calls(10, Duration.ofSeconds(heartbeat), Duration.ofSeconds(staleAfter),
                Duration.ofHours(12), Duration.ofSeconds(reaperInterval), true, Duration.ofSeconds(1));
    }

    @Test
    void a_stale_time_above_a_reaper_interval_and_two_heartbeats_is_accepted() {
        assertThatCode(() -> calls(30, 150, 60)).doesNotThrowAnyException();
    }

    @Test
    void a_stale_time_of_at_most_a_reaper_interval_and_two_heartbeats_is_refused() {
        assertThatThrownBy(() -> calls(30, 120, 60)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coup.calls.stale-after");
    }
}
