package io.coup.videocall.adapter.in.rest.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(new ApiErrorWriter(JsonMapper.builder().build()), 16);

    /** A request sent with {@code Transfer-Encoding: chunked}: no Content-Length. */
    private static MockHttpServletRequest chunked(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static FilterChain reading(AtomicReference<String> read) {
        return (ServletRequest request, jakarta.servlet.ServletResponse response) ->
                read.set(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void the_default_limit_is_64_kib() {
        assertThat(new RequestSizeLimitFilter(null).maxBytes()).isEqualTo(65536);
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_without_calling_the_chain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
        request.setContent(new byte[17]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> read = new AtomicReference<>();

        filter.doFilter(request, response, reading(read));

        assertThat(read.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).isEqualTo(
                "{\"error\":\"The request body is larger than 16 bytes.\",\"code\":\"PAYLOAD_TOO_LARGE\",\"details\":{}}");
    }

    @Test
    void a_chunked_body_within_the_limit_reads_through_unchanged() throws Exception {
        AtomicReference<String> read = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(chunked("0123456789abcdef"), response, reading(read));

        assertThat(read.get()).isEqualTo("0123456789abcdef");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void a_chunked_body_over_the_limit_is_cut_off_while_reading_and_refused() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(chunked("0123456789abcdefX"), response, reading(new AtomicReference<>()));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void also_when_the_reader_wraps_the_failure_as_mvc_does() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain converter = (request, res) -> {
            try {
                request.getReader().read(new char[64]);
            } catch (IOException e) {
                throw new HttpMessageNotReadableException("I/O error while reading input message", e, null);
            }
        };

        filter.doFilter(chunked("x".repeat(40)), response, converter);

        assertThat(response.getStatus()).isEqualTo(413);
    }
}
