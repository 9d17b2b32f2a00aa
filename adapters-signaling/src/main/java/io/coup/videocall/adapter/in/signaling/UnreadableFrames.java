package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.listener.DefaultExceptionListener;
import com.corundumstudio.socketio.namespace.Namespace;
import com.fasterxml.jackson.core.JacksonException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.netty.channel.ChannelHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

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
        ClientHead head = ctx.channel().attr(ClientHead.CLIENT).get();
        log.debug("Dropped an unreadable frame of {}: {}", head == null ? ctx.channel() : head.getSessionId(),
                cause.toString());
        if (head != null) {
            for (Namespace namespace : head.getNamespaces()) {
                if (SignalingProperties.NAMESPACE.equals(namespace.getName())
                        && sockets.get(head.getSessionId()).isPresent()) {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("code", ErrorCode.INVALID_REQUEST.name());
                    error.put("message", "The message could not be read: its JSON is malformed or nested too deep.");
                    error.put("event", null);
                    head.getChildClient(namespace).sendEvent(SocketReplies.ERROR_EVENT, error);
                }
            }
        }
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
