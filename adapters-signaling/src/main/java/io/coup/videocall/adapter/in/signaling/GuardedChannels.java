package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.SocketIOChannelInitializer;
import io.netty.channel.Channel;

/**
 * netty-socketio's pipeline for every connection, with our guards: {@link SlowConsumerGuard} in front (bounds what a
 * client leaves unread) and {@link OversizedFrames} just before netty-socketio's websocket transport (answers a frame
 * over the payload limit instead of passing it on).
 */
final class GuardedChannels extends SocketIOChannelInitializer {

    private final SlowConsumerGuard slowConsumers;
    private final int maxPendingBytes;
    private final OversizedFrames oversized;

    GuardedChannels(SlowConsumerGuard slowConsumers, int maxPendingBytes, OversizedFrames oversized) {
        this.slowConsumers = slowConsumers;
        this.maxPendingBytes = maxPendingBytes;
        this.oversized = oversized;
    }

    @Override
    protected void initChannel(Channel channel) throws Exception {
        super.initChannel(channel);
        slowConsumers.guard(channel, maxPendingBytes);
        channel.pipeline().addBefore(WEB_SOCKET_TRANSPORT, OversizedFrames.NAME, oversized);
    }
}
