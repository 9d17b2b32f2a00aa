package io.coup.videocall.adapter.in.rest.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * 401 {@code AUTH_REQUIRED} with the API error body, keeping the RFC 6750 {@code WWW-Authenticate: Bearer ...}
 * header of Spring's bearer entry point. For {@code http.oauth2ResourceServer(o -> o.authenticationEntryPoint(..))}
 * and {@code exceptionHandling(e -> e.authenticationEntryPoint(..))}.
 */
public class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ApiErrorWriter writer;

    public ApiAuthenticationEntryPoint(ApiErrorWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        bearer.commence(request, response, authException);
        writer.write(response, HttpStatus.UNAUTHORIZED, ApiErrorCodes.AUTH_REQUIRED,
                "A valid bearer token is required.");
    }
}
