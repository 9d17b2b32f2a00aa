package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.domain.call.SessionId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The OpenVidu session id of a call: our session id itself, sent as {@code customSessionId}. Being derived from the
 * call, it makes session creation idempotent (a second POST answers 409 and changes nothing) and lets any node, or
 * this one after a restart, find the session again. OpenVidu accepts only {@code [a-zA-Z0-9_-]}; an id with other
 * characters is mapped to a stable digest instead.
 */
final class MediaRoomIds {

    private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9_-]+");

    private MediaRoomIds() {
    }

    static String of(SessionId sessionId) {
        String value = sessionId.value();
        if (ALLOWED.matcher(value).matches()) {
            return value;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "coup-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
