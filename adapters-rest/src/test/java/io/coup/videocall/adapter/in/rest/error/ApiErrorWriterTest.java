package io.coup.videocall.adapter.in.rest.error;

import io.coup.videocall.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorWriterTest {

    private final ApiErrorWriter writer = new ApiErrorWriter(JsonMapper.builder().build());

    @Test
    void writes_status_json_and_the_body_with_empty_details() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        writer.write(response, HttpStatus.UNAUTHORIZED, "AUTH_REQUIRED", "A valid bearer token is required.");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getCharacterEncoding()).isEqualTo("UTF-8");
        assertThat(response.getContentAsString())
                .isEqualTo("{\"error\":\"A valid bearer token is required.\",\"code\":\"AUTH_REQUIRED\",\"details\":{}}");
    }

    @Test
    void takes_the_status_from_an_error_code_and_writes_details() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        writer.write(response, ErrorCode.PERMISSION_DENIED, "No.");
        assertThat(response.getStatus()).isEqualTo(403);

        MockHttpServletResponse detailed = new MockHttpServletResponse();
        writer.write(detailed, HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "Bad.", Map.of("fields", Map.of("a", "b")));
        assertThat(detailed.getContentAsString())
                .isEqualTo("{\"error\":\"Bad.\",\"code\":\"INVALID_REQUEST\",\"details\":{\"fields\":{\"a\":\"b\"}}}");
    }

    @Test
    void every_error_code_has_a_status() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(ApiErrorCodes.statusOf(code)).isNotNull();
        }
    }
}
