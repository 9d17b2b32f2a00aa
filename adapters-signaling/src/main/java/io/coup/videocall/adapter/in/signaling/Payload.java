package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.UUID;

/**
 * A client event's first argument as parsed JSON, read field by field with the shape checks of the payload
 * records. Every failure is an {@link InvalidValueException}: INVALID_REQUEST naming the field.
 */
final class Payload {

    static final int MAX_ID_LENGTH = 200;

    private final Map<?, ?> fields;

    private Payload(Map<?, ?> fields) {
        this.fields = fields;
    }

    static Payload of(Object data) {
        if (!(data instanceof Map<?, ?> map)) {
            throw new InvalidValueException("payload", "payload must be an object");
        }
        return new Payload(map);
    }

    String requiredString(String name) {
        Object value = fields.get(name);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new InvalidValueException(name, name + " must be a non-empty string");
        }
        if (s.length() > MAX_ID_LENGTH) {
            throw new InvalidValueException(name, name + " must be at most " + MAX_ID_LENGTH + " characters");
        }
        return s;
    }

    UUID requiredSocketId(String name) {
        String value = requiredString(name);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(name, name + " must be a socket id");
        }
    }

    boolean requiredBoolean(String name) {
        if (!(fields.get(name) instanceof Boolean b)) {
            throw new InvalidValueException(name, name + " must be true or false");
        }
        return b;
    }

    boolean optionalBoolean(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw new InvalidValueException(name, name + " must be true or false");
        }
        return b;
    }

    /** A WebRTC description or candidate: relayed as it came, but it must be there and be an object or a string. */
    Object requiredSignal(String name) {
        Object value = fields.get(name);
        if (!(value instanceof Map<?, ?>) && !(value instanceof String)) {
            throw new InvalidValueException(name, name + " must be an object");
        }
        return value;
    }

    /** Chat text: a string of 1..{@code max} characters once trimmed; returned trimmed. */
    String requiredText(String name, int max) {
        if (!(fields.get(name) instanceof String s) || s.isBlank()) {
            throw new InvalidValueException(name, name + " must be a non-empty string");
        }
        String text = s.strip();
        if (text.length() > max) {
            throw new InvalidValueException(name, name + " must be at most " + max + " characters");
        }
        return text;
    }

    /** One of {@code allowed}; {@code fallback} when the field is absent or null. */
    String optionalChoice(String name, java.util.Set<String> allowed, String fallback) {
        Object value = fields.get(name);
        if (value == null) {
            return fallback;
        }
        return choice(name, value, allowed);
    }

    /** One of {@code allowed}, required. */
    String requiredChoice(String name, java.util.Set<String> allowed) {
        return choice(name, fields.get(name), allowed);
    }

    private static String choice(String name, Object value, java.util.Set<String> allowed) {
        if (!(value instanceof String s) || !allowed.contains(s)) {
            throw new InvalidValueException(name, name + " must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return s;
    }
}
