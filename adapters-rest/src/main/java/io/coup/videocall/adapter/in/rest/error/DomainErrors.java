package io.coup.videocall.adapter.in.rest.error;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** How a {@link DomainException} reads over HTTP; shared by the advice, {@code /error} and the writer. */
final class DomainErrors {

    /** A {@code RATE_LIMITED} exception may say when to come back: {@code details.retryAfterSeconds}. */
    static final String RETRY_AFTER_DETAIL = "retryAfterSeconds";

    private DomainErrors() {
    }

    static HttpStatus status(DomainException e) {
        return ApiErrorCodes.statusOf(e.code());
    }

    static ApiError body(DomainException e) {
        if (e.code() == ErrorCode.SERVER_ERROR) {
            return ApiError.of(ApiErrorCodes.SERVER_ERROR, ApiErrorCodes.SERVER_ERROR_MESSAGE);
        }
        return new ApiError(e.getMessage(), e.code().name(), e.details());
    }

    static HttpHeaders headers(DomainException e) {
        HttpHeaders headers = new HttpHeaders();
        if (e.code() == ErrorCode.RATE_LIMITED && e.details().get(RETRY_AFTER_DETAIL) instanceof Number seconds) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds.longValue())));
        }
        return headers;
    }
}
