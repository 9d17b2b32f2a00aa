package io.coup.videocall.adapter.in.rest.ratelimit;

import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InMemoryUserRateLimiterTest {

    private final ManualTime time = new ManualTime();
    /** 6 a minute: one more every 10 s; 3 at once. */
    private final InMemoryUserRateLimiter limiter = new InMemoryUserRateLimiter(6, 3, time);
    private final UserId ann = UserId.of("ann");

    @Test
    void a_burst_is_allowed_and_the_next_call_is_told_when_to_come_back() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(ann)).as("call %s", i).isEmpty();
        }

        assertThat(limiter.tryAcquire(ann)).contains(Duration.ofSeconds(10));
        time.advance(Duration.ofSeconds(4));
        assertThat(limiter.tryAcquire(ann)).contains(Duration.ofSeconds(6));
    }

    @Test
    void the_budget_refills_gradually_up_to_the_burst() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(ann);
        }

        time.advance(Duration.ofSeconds(10));
        assertThat(limiter.tryAcquire(ann)).isEmpty();
        assertThat(limiter.tryAcquire(ann)).isPresent();

        time.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(ann)).as("call %s after a long pause", i).isEmpty();
        }
        assertThat(limiter.tryAcquire(ann)).isPresent();
    }

    @Test
    void each_user_has_a_budget_of_their_own() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(ann);
        }

        Optional<Duration> bob = limiter.tryAcquire(UserId.of("bob"));

        assertThat(bob).isEmpty();
        assertThat(limiter.tryAcquire(ann)).isPresent();
    }

    @Test
    void limits_must_be_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryUserRateLimiter(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryUserRateLimiter(1, 0));
    }
}
