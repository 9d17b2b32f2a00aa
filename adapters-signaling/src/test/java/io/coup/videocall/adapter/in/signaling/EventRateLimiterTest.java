package io.coup.videocall.adapter.in.signaling;

import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EventRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final EventRateLimiter limiter = new EventRateLimiter(10, 5, nanos::get);
    private final UUID socket = UUID.randomUUID();

    private long accepted(int attempts) {
        return IntStream.range(0, attempts).filter(i -> limiter.tryAcquire(socket)).count();
    }

    @Test
    void a_burst_is_accepted_and_what_exceeds_it_refused() {
        assertThat(accepted(8)).isEqualTo(5);
    }

    @Test
    void tokens_come_back_at_the_configured_rate() {
        accepted(5);
        nanos.addAndGet(300_000_000L);          // 0.3 s at 10/s: three more

        assertThat(accepted(5)).isEqualTo(3);
    }

    @Test
    void sockets_have_their_own_buckets_and_a_forgotten_socket_starts_afresh() {
        accepted(5);

        assertThat(limiter.tryAcquire(UUID.randomUUID())).isTrue();
        limiter.forget(socket);
        assertThat(accepted(5)).isEqualTo(5);
    }
}
