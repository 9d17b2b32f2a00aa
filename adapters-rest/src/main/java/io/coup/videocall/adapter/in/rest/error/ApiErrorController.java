package io.coup.videocall.adapter.in.rest.error;

import io.coup.videocall.domain.shared.DomainException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's whitelabel/{@code BasicErrorController}: whatever reaches the container's error page (an
 * exception thrown in a filter, a {@code sendError} outside MVC) is answered with the API error body.
 */
@Hidden
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ApiErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorController.class);

    @RequestMapping
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        Throwable failure = unwrap((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (failure instanceof DomainException domain) {
            HttpStatus status = DomainErrors.status(domain);
            if (status.is5xxServerError()) {
                log.error("Request {} failed with {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                        domain.code(), domain);
            }
            return respond(status, DomainErrors.headers(domain), DomainErrors.body(domain));
        }
        if (failure != null && DatabaseUnavailable.isCause(failure)) {
            log.warn("Request {} failed, database unavailable: {}",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure.toString());
            return respond(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.headers(), DatabaseUnavailable.body());
        }
        if (failure != null && UnreadableRequests.isCause(failure) && !RequestBodyTooLargeException.isCause(failure)) {
            return respond(HttpStatus.BAD_REQUEST, new HttpHeaders(), UnreadableRequests.body());
        }
        if (failure != null && RequestBodyTooLargeException.isCause(failure)) {
            return respond(HttpStatus.PAYLOAD_TOO_LARGE, new HttpHeaders(),
                    ApiError.of(ApiErrorCodes.PAYLOAD_TOO_LARGE, ApiErrorCodes.messageOf(HttpStatus.PAYLOAD_TOO_LARGE)));
        }
        HttpStatusCode status = status(request);
        if (status.is5xxServerError()) {
            log.error("Request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
        }
        String message = status.value() == 404
                ? "No endpoint " + request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + "."
                : ApiErrorCodes.messageOf(status);
        return respond(status, new HttpHeaders(), ApiError.of(ApiErrorCodes.codeOf(status), message));
    }

    /** The container sets 500 for an exception that escaped; a {@code sendError} keeps its own status. */
    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value <= 599) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof ServletException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static ResponseEntity<ApiError> respond(HttpStatusCode status, HttpHeaders headers, ApiError body) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
