package io.coup.videocall.adapter.in.rest.openvidu;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared webhook secret, compared in constant time: both sides are hashed first, so neither the content nor
 * the length of the expected value leaks through the time a wrong guess takes.
 */
final class WebhookSecret {

    private final byte[] expectedDigest;

    WebhookSecret(String secret) {
        this.expectedDigest = sha256(secret);
    }

    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(expectedDigest, sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
