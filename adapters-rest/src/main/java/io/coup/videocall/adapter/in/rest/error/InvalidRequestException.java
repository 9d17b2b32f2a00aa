package io.coup.videocall.adapter.in.rest.error;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

import java.util.Map;

/** Request parameters the adapter could not read (several at once); 400 with {@code details.fields}. */
public class InvalidRequestException extends DomainException {

    public InvalidRequestException(Map<String, String> fields) {
        super(ErrorCode.INVALID_REQUEST, "The request has invalid parameters.", Map.of("fields", Map.copyOf(fields)));
    }
}
