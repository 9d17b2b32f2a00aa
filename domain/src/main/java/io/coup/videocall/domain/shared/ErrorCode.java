package io.coup.videocall.domain.shared;

/**
 * The product's error vocabulary (SPEC §4). Each adapter maps a code to its own transport: an HTTP status
 * in REST, an {@code error} event and a negative ack in signaling.
 */
public enum ErrorCode {
    INVALID_REQUEST,
    SESSION_ENDED,
    AUTH_REQUIRED,
    NOT_STUDY_MEMBER,
    PERMISSION_DENIED,
    KICKED,
    SESSION_NOT_FOUND,
    PARTICIPANT_NOT_FOUND,
    USER_NOT_FOUND,
    STUDY_ALREADY_EXISTS,
    LAST_OWNER,
    SESSION_FULL,
    PAYLOAD_TOO_LARGE,
    RATE_LIMITED,
    MEDIA_SERVER_UNAVAILABLE,
    SERVER_ERROR
}
