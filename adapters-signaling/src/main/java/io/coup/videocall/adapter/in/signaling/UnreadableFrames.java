package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.listener.DefaultExceptionListener;
import com.fasterxml.jackson.core.JacksonException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.netty.channel.ChannelHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPEC §6.5: malformed socket input gets a clear error. netty-socketio decodes a frame's JSON before any listener runs;
 * JSON it cannot read (nested deeper than Jackson's 1,000 levels, broken past what the client library sends) fails
 * there, and the frame, its event name and ack id with it, is dropped. The sender's socket then gets an {@code error}
 * event {@code INVALID_REQUEST} with {@code event: null} (the frame named none that could be read), once it is an
 * authenticated socket of {@code /coup}; the connection stays up. Anything else goes to netty-socketio's default
 * handling.
 */
class UnreadableFrames extends DefaultExceptionListener {

    private static final Logger log = LoggerFactory.getLogger(UnreadableFrames.class);

    private final ConnectedSockets sockets;

    UnreadableFrames(ConnectedSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public boolean exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (!isUnreadableJson(cause)) {
            return super.exceptionCaught(ctx, cause);
        }
        log.debug("Dropped an unreadable frame on {}: {}", ctx.channel(), cause.toString());
        CoupSockets.authenticated(ctx.channel(), sockets).ifPresent(client -> SocketReplies.error(client, null,
                ErrorCode.INVALID_REQUEST, "The message could not be read: its JSON is malformed or nested too deep."));
        return true;
    }

    private static boolean isUnreadableJson(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return true;
            }
        }
        return false;
    }
}
