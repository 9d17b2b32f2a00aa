package io.coup.videocall.adapter.in.signaling;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §5.4: what a client leaves unread is bounded; a connection over the bound is closed. */
class SlowConsumerGuardTest {

    private static final int MAX_PENDING = 4096;

    private final EmbeddedChannel channel = new EmbeddedChannel();

    SlowConsumerGuardTest() {
        new SlowConsumerGuard(SignalingMetrics.none()).guard(channel, MAX_PENDING);
    }

    /** Queued for the client, not yet taken by it: netty's pending bytes grow as they would for a stalled reader. */
    private void queue(int bytes) {
        channel.write(Unpooled.wrappedBuffer(new byte[bytes]));
        channel.runPendingTasks();
    }

    @Test
    void a_connection_whose_unread_output_passes_the_bound_is_closed() {
        queue(3000);
        assertThat(channel.isOpen()).isTrue();

        queue(2000);

        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void a_client_that_keeps_reading_is_never_cut_however_much_it_gets() {
        for (int i = 0; i < 100; i++) {
            queue(3000);
            channel.flush();
            channel.releaseOutbound();
        }

        assertThat(channel.isOpen()).isTrue();
        assertThat(channel.config().getWriteBufferHighWaterMark()).isEqualTo(MAX_PENDING);
    }
}
