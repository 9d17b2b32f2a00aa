package io.coup.videocall.adapter.in.rest.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A chunked body over the limit, read by Spring's real JSON converter: the failure reaches the advice as an
 * unreadable message caused by {@link RequestBodyTooLargeException}, and the advice answers 413.
 */
class ChunkedBodyLimitTest {

    @Test
    void the_advice_answers_413_for_a_chunked_body_cut_off_by_the_filter() throws Exception {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/x") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContentType("application/json");
        chunked.setContent(("{\"sessionId\": \"" + "x".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        AtomicReference<HttpMessageNotReadableException> failure = new AtomicReference<>();
        JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(JsonMapper.builder().build());
        FilterChain mvc = (request, response) -> failure.set(catchThrowableOfType(HttpMessageNotReadableException.class,
                () -> converter.read(Map.class, new ServletServerHttpRequest((HttpServletRequest) request))));

        new RequestSizeLimitFilter(new ApiErrorWriter(JsonMapper.builder().build()), 1024)
                .doFilter(chunked, new MockHttpServletResponse(), mvc);

        assertThat(failure.get()).isNotNull();
        assertThat(RequestBodyTooLargeException.isCause(failure.get())).isTrue();
        ResponseEntity<Object> answer = new RestExceptionHandler()
                .handleException(failure.get(), new ServletWebRequest(chunked, new MockHttpServletResponse()));
        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody()).isEqualTo(ApiError.of("PAYLOAD_TOO_LARGE", "The request body is too large."));
    }
}
