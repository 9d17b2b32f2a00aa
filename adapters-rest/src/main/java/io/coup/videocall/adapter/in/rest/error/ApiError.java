package io.coup.videocall.adapter.in.rest.error;

import java.util.Map;

/**
 * The one error body of the API: {@code {"error": "<human message>", "code": "<CODE>", "details": {...}}}.
 * {@code details} is always present, empty when there is nothing to add, so clients never test for it.
 */
public record ApiError(String error, String code, Map<String, Object> details) {

    public ApiError {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static ApiError of(String code, String message) {
        return new ApiError(message, code, Map.of());
    }

    /** An {@code INVALID_REQUEST} naming each bad field: {@code details.fields = {field: problem}}. */
    public static ApiError invalidFields(String message, Map<String, String> fields) {
        return new ApiError(message, ApiErrorCodes.INVALID_REQUEST, Map.of("fields", Map.copyOf(fields)));
    }
}
