package io.coup.videocall.application.port.in;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

/** The request clashes with what already exists, such as a study id taken by another study. */
public class ConflictException extends DomainException {

    public ConflictException(ErrorCode code, String message) {
        super(code, message);
    }
}
