package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.SocketIOClient;
import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a socket event is answered: a success ack {@code {ok: true}}, or for a refusal an {@code error {code,
 * message, event}} event plus, when the client asked for one, a negative ack {@code {ok: false, code, message}}.
 */
final class SocketReplies {

    static final String ERROR_EVENT = "error";

    private SocketReplies() {
    }

    static void ok(AckRequest ack) {
        if (ack.isAckRequested()) {
            ack.sendAckData(Map.of("ok", true));
        }
    }

    static void refuse(SocketIOClient client, AckRequest ack, String event, DomainException refusal) {
        refuse(client, ack, event, refusal.code(), messageOf(refusal));
    }

    static void refuse(SocketIOClient client, AckRequest ack, String event, ErrorCode code, String message) {
        error(client, event, code, message);
        if (ack.isAckRequested()) {
            ack.sendAckData(negative(code, message));
        }
    }

    /** The {@code error} event alone: {@code event} is null where the refused frame named none that could be read. */
    static void error(SocketIOClient client, String event, ErrorCode code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.name());
        error.put("message", message);
        error.put("event", event);
        client.sendEvent(ERROR_EVENT, error);
    }

    /** A negative ack's payload. */
    static Map<String, Object> negative(ErrorCode code, String message) {
        Map<String, Object> negative = new LinkedHashMap<>();
        negative.put("ok", false);
        negative.put("code", code.name());
        negative.put("message", message);
        return negative;
    }

    /** A validation failure names its field; other refusals carry their own message. */
    private static String messageOf(DomainException e) {
        if (e.code() == ErrorCode.INVALID_REQUEST && e.details().get("fields") instanceof Map<?, ?> fields
                && !fields.isEmpty()) {
            return "Invalid request: " + String.join("; ", fields.values().stream().map(String::valueOf).toList()) + ".";
        }
        return e.getMessage();
    }
}
