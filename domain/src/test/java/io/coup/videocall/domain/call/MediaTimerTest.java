package io.coup.videocall.domain.call;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaTimerTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");

    @Test
    void accumulated_time_cannot_be_negative() {
        assertThatThrownBy(() -> new MediaTimer(-1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_off_timer_holds_nothing() {
        assertThat(MediaTimer.OFF.isOn()).isFalse();
        assertThat(MediaTimer.OFF.millis(T0)).isZero();
    }

    @Test
    void switching_on_starts_an_interval_at_that_instant() {
        MediaTimer on = MediaTimer.OFF.switchTo(true, T0);

        assertThat(on).isEqualTo(new MediaTimer(0, T0));
        assertThat(on.millis(T0.plusMillis(750))).isEqualTo(750L);
    }

    @Test
    void switching_off_folds_the_interval_into_the_accumulated_time() {
        MediaTimer off = new MediaTimer(1_000, T0).switchTo(false, T0.plusMillis(1_500));

        assertThat(off).isEqualTo(new MediaTimer(2_500, null));
    }

    @Test
    void switching_to_the_state_already_held_returns_the_same_timer() {
        MediaTimer on = new MediaTimer(400, T0);

        assertThat(on.switchTo(true, T0.plusSeconds(10))).isSameAs(on);
        assertThat(MediaTimer.OFF.switchTo(false, T0)).isSameAs(MediaTimer.OFF);
    }

    @Test
    void an_instant_before_the_interval_start_adds_nothing() {
        MediaTimer on = new MediaTimer(400, T0);

        assertThat(on.millis(T0.minusSeconds(5))).isEqualTo(400L);
        assertThat(on.switchTo(false, T0.minusSeconds(5))).isEqualTo(new MediaTimer(400, null));
    }
}
