package io.coup.videocall.adapter.in.rest.error;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the API error body straight to a servlet response, for code that runs outside Spring MVC: servlet
 * filters, the security entry point (401 {@code AUTH_REQUIRED}) and access-denied handler (403).
 */
@Component
public class ApiErrorWriter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorWriter.class);

    private final JsonMapper jsonMapper;

    public ApiErrorWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public void write(HttpServletResponse response, HttpStatus status, String code, String message) throws IOException {
        write(response, status, new ApiError(message, code, Map.of()));
    }

    public void write(HttpServletResponse response, HttpStatus status, String code, String message,
                      Map<String, Object> details) throws IOException {
        write(response, status, new ApiError(message, code, details));
    }

    /** With the status of the code (SPEC §4 table). */
    public void write(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        write(response, ApiErrorCodes.statusOf(code), code.name(), message);
    }

    /** A business error raised outside MVC (a rate-limit filter, say): status, body and Retry-After as in MVC. */
    public void write(HttpServletResponse response, DomainException exception) throws IOException {
        if (!response.isCommitted()) {
            DomainErrors.headers(exception).forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        }
        write(response, DomainErrors.status(exception), DomainErrors.body(exception));
    }

    public void write(HttpServletResponse response, HttpStatus status, ApiError body) throws IOException {
        if (response.isCommitted()) {
            log.warn("Response already committed; cannot send {} {}", status.value(), body.code());
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] bytes = jsonMapper.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(bytes, StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }
}
