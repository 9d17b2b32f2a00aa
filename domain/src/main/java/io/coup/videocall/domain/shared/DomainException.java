package io.coup.videocall.domain.shared;

import java.util.Map;

/** A broken business rule. Carries the {@link ErrorCode} the caller sees and optional details for it. */
public abstract class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> details;

    protected DomainException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    protected DomainException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
