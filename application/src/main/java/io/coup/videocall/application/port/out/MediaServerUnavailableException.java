package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

/**
 * The media provider could not do what was asked: its server is unreachable, too slow, refused our credentials
 * or kept failing after the bounded retries. Answered as 503 {@code MEDIA_SERVER_UNAVAILABLE}. The message is what
 * a user may see; the {@link #reason() reason} and the cause are for the logs only.
 */
public class MediaServerUnavailableException extends DomainException {

    static final String MESSAGE = "The media server is unavailable. Please try again shortly.";

    private final String reason;

    public MediaServerUnavailableException(String reason) {
        this(reason, null);
    }

    public MediaServerUnavailableException(String reason, Throwable cause) {
        super(ErrorCode.MEDIA_SERVER_UNAVAILABLE, MESSAGE);
        this.reason = reason;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** What failed, for operators: the operation, the attempts made and the last failure. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + reason;
    }
}
