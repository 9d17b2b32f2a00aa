package io.coup.videocall.adapter.in.rest.error;

import io.coup.videocall.domain.shared.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The HTTP status of every {@link ErrorCode} (SPEC §4), plus the transport-level codes only HTTP has (unknown
 * path, wrong method, wrong media type).
 */
public final class ApiErrorCodes {

    public static final String INVALID_REQUEST = ErrorCode.INVALID_REQUEST.name();
    public static final String AUTH_REQUIRED = ErrorCode.AUTH_REQUIRED.name();
    public static final String PERMISSION_DENIED = ErrorCode.PERMISSION_DENIED.name();
    public static final String PAYLOAD_TOO_LARGE = ErrorCode.PAYLOAD_TOO_LARGE.name();
    public static final String RATE_LIMITED = ErrorCode.RATE_LIMITED.name();
    public static final String SERVER_ERROR = ErrorCode.SERVER_ERROR.name();
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    /** The message of every 500: what went wrong is logged, never shown. */
    public static final String SERVER_ERROR_MESSAGE = "An unexpected error occurred.";

    private ApiErrorCodes() {
    }

    /** Exhaustive on purpose: a new {@link ErrorCode} does not compile until it has a status. */
    public static HttpStatus statusOf(ErrorCode code) {
        return switch (code) {
            case INVALID_REQUEST, SESSION_ENDED -> HttpStatus.BAD_REQUEST;
            case AUTH_REQUIRED -> HttpStatus.UNAUTHORIZED;
            case NOT_STUDY_MEMBER, PERMISSION_DENIED, KICKED -> HttpStatus.FORBIDDEN;
            case SESSION_NOT_FOUND, PARTICIPANT_NOT_FOUND, USER_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case STUDY_ALREADY_EXISTS, LAST_OWNER, SESSION_FULL -> HttpStatus.CONFLICT;
            case PAYLOAD_TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case MEDIA_SERVER_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case SERVER_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    /** The code for a bare status, when no exception says more (container errors, framework rejections). */
    public static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> INVALID_REQUEST;
            case 401 -> AUTH_REQUIRED;
            case 403 -> PERMISSION_DENIED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status.is4xxClientError() ? INVALID_REQUEST : SERVER_ERROR;
        };
    }

    /** A short human message for a bare status. */
    public static String messageOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request is invalid.";
            case 401 -> "Authentication is required.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "Not found.";
            case 405 -> "This method is not supported here.";
            case 406 -> "No acceptable representation is available.";
            case 413 -> "The request body is too large.";
            case 415 -> "This content type is not supported.";
            case 429 -> "Too many requests; try again later.";
            case 503 -> "The service is temporarily unavailable.";
            default -> status.is4xxClientError() ? "The request could not be processed." : SERVER_ERROR_MESSAGE;
        };
    }
}
