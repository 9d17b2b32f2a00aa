package io.coup.videocall.domain.shared;

import java.util.Map;

/** A value that can never be valid, whatever the state: an id of the wrong shape, a name too long. */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String field, String message) {
        super(ErrorCode.INVALID_REQUEST, message, Map.of("fields", Map.of(field, message)));
    }
}
