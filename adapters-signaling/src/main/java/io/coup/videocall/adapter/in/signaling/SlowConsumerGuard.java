package io.coup.videocall.adapter.in.signaling;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.WriteBufferWaterMark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPEC §5.4: a slow consumer must not grow memory without bound. netty queues whatever is written to a connection
 * whose client stops reading, and netty-socketio writes regardless; so each connection's high water mark is
 * {@code coup.signaling.max-pending-output}, and a connection that reaches it (its client has left that much unread
 * beyond what the kernel buffers) is closed. Its socket then drops like any other: the others are told, and the
 * reconnect grace applies.
 */
@ChannelHandler.Sharable
final class SlowConsumerGuard extends ChannelInboundHandlerAdapter {

    static final String NAME = "coup-slow-consumer-guard";
    private static final Logger log = LoggerFactory.getLogger(SlowConsumerGuard.class);

    private final SignalingMetrics metrics;

    SlowConsumerGuard(SignalingMetrics metrics) {
        this.metrics = metrics;
    }

    /** Sets the connection's water marks to {@code maxPendingBytes} (low: half of it) and guards it. */
    void guard(Channel channel, int maxPendingBytes) {
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(maxPendingBytes / 2, maxPendingBytes));
        channel.pipeline().addFirst(NAME, this);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        Channel channel = ctx.channel();
        if (!channel.isWritable() && channel.isActive()) {
            log.info("Closing the connection of {}: it left more than {} bytes unread", channel.remoteAddress(),
                    channel.config().getWriteBufferHighWaterMark());
            metrics.slowConsumerClosed();
            ctx.close();
        }
        ctx.fireChannelWritabilityChanged();
    }
}
