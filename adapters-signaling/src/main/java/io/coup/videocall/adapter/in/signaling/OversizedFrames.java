package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import io.coup.videocall.domain.shared.ErrorCode;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPEC §6.5: oversized socket input gets a clear error. netty reads websocket frames up to
 * {@code coup.signaling.max-frame-read-length} (a longer one closes the connection, status 1009); a frame longer than
 * {@code max-frame-payload-length} (64 KiB) but within that is not handed to netty-socketio: the socket gets an
 * {@code error} event {@code PAYLOAD_TOO_LARGE} naming the event, and a negative ack when the frame asked for one (both
 * read from the frame's first bytes), and stays connected. The check is per frame: a message a client splits into
 * fragments (socket.io-client and browsers never do) is bounded only by netty's aggregator, at the read length.
 */
@ChannelHandler.Sharable
final class OversizedFrames extends ChannelInboundHandlerAdapter {

    static final String NAME = "coup-oversized-frames";

    /** The head of a Socket.IO EVENT packet over Engine.IO: {@code 42/coup,<ackId>["<event>"}. */
    private static final Pattern EVENT_HEAD = Pattern.compile("^42(?:/[^,\\[]*,)?(\\d{0,18})\\[\"([^\"\\\\]{1,100})\"");
    private static final int HEAD_BYTES = 256;

    private final ConnectedSockets sockets;
    private final int maxPayloadBytes;

    OversizedFrames(ConnectedSockets sockets, int maxPayloadBytes) {
        this.sockets = sockets;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof WebSocketFrame frame) || frame.content().readableBytes() <= maxPayloadBytes) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            String head = frame.content().toString(frame.content().readerIndex(),
                    Math.min(HEAD_BYTES, frame.content().readableBytes()), StandardCharsets.UTF_8);
            refuse(ctx, EVENT_HEAD.matcher(head), frame.content().readableBytes());
        } finally {
            frame.release();
        }
    }

    private void refuse(ChannelHandlerContext ctx, Matcher head, int bytes) {
        boolean event = head.find();
        String message = "The message has " + bytes + " bytes; at most " + maxPayloadBytes + " are accepted.";
        CoupSockets.authenticated(ctx.channel(), sockets).ifPresent(client -> {
            SocketReplies.error(client, event ? head.group(2) : null, ErrorCode.PAYLOAD_TOO_LARGE, message);
            if (event && !head.group(1).isEmpty()) {
                Packet ack = new Packet(PacketType.MESSAGE, client.getEngineIOVersion());
                ack.setSubType(PacketType.ACK);
                ack.setAckId(Long.parseLong(head.group(1)));
                ack.setData(List.of(SocketReplies.negative(ErrorCode.PAYLOAD_TOO_LARGE, message)));
                client.send(ack);
            }
        });
    }
}
