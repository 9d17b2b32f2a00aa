package io.coup.videocall.application.port.in;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

/** Something the caller asked for does not exist (or must not be revealed to them). */
public class NotFoundException extends DomainException {

    public NotFoundException(ErrorCode code, String message) {
        super(code, message);
    }
}
