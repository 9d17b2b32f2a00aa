package io.coup.videocall.adapter.in.rest.error;

import io.coup.videocall.adapter.in.rest.HttpTestSupport;
import io.coup.videocall.domain.call.SessionFullException;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.test.json.JsonCompareMode;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ErrorMappingTest extends HttpTestSupport {

    /** The status table of SPEC §4, written out independently of {@link ApiErrorCodes}. */
    private static final Map<ErrorCode, Integer> SPEC_STATUS = Map.ofEntries(
            Map.entry(ErrorCode.INVALID_REQUEST, 400), Map.entry(ErrorCode.SESSION_ENDED, 400),
            Map.entry(ErrorCode.AUTH_REQUIRED, 401),
            Map.entry(ErrorCode.NOT_STUDY_MEMBER, 403), Map.entry(ErrorCode.PERMISSION_DENIED, 403),
            Map.entry(ErrorCode.KICKED, 403),
            Map.entry(ErrorCode.SESSION_NOT_FOUND, 404), Map.entry(ErrorCode.PARTICIPANT_NOT_FOUND, 404),
            Map.entry(ErrorCode.USER_NOT_FOUND, 404),
            Map.entry(ErrorCode.STUDY_ALREADY_EXISTS, 409), Map.entry(ErrorCode.LAST_OWNER, 409),
            Map.entry(ErrorCode.SESSION_FULL, 409),
            Map.entry(ErrorCode.PAYLOAD_TOO_LARGE, 413),
            Map.entry(ErrorCode.RATE_LIMITED, 429),
            Map.entry(ErrorCode.MEDIA_SERVER_UNAVAILABLE, 503),
            Map.entry(ErrorCode.SERVER_ERROR, 500));

    static final class Failure extends DomainException {
        Failure(ErrorCode code, String message, Map<String, Object> details) {
            super(code, message, details);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class, mode = EnumSource.Mode.EXCLUDE, names = "SERVER_ERROR")
    void every_business_error_gets_the_status_of_its_code_and_its_message(ErrorCode code) throws Exception {
        useCases.failure = new Failure(code, "Human message for " + code + ".", Map.of());

        mvc.perform(getAs("alice", "/api/me"))
                .andExpect(status().is(SPEC_STATUS.get(code)))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/json")))
                .andExpect(content().json("{\"error\": \"Human message for " + code + ".\", \"code\": \"" + code + "\", \"details\": {}}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void a_server_error_code_never_shows_its_message() throws Exception {
        useCases.failure = new Failure(ErrorCode.SERVER_ERROR, "password=hunter2 at db01", Map.of());

        mvc.perform(getAs("alice", "/api/me"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().json("{\"error\": \"An unexpected error occurred.\", \"code\": \"SERVER_ERROR\", \"details\": {}}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void details_of_a_business_error_are_passed_on() throws Exception {
        useCases.failure = new SessionFullException(SessionId.of("s-1"), 10);

        mvc.perform(postAs("alice", CALL + "/join", "{\"sessionId\": \"s-1\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().json("""
                        {"error": "Session s-1 is full (10 participants).", "code": "SESSION_FULL",
                         "details": {"maxParticipants": 10}}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void rate_limited_carries_retry_after() throws Exception {
        useCases.failure = new Failure(ErrorCode.RATE_LIMITED, "Too many call starts.", Map.of("retryAfterSeconds", 30));

        mvc.perform(postAs("alice", CALL + "/start", null))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
                .andExpect(content().json("{\"code\": \"RATE_LIMITED\", \"details\": {}}"));
    }

    @Test
    void an_unexpected_exception_is_a_generic_500_that_leaks_nothing() throws Exception {
        useCases.failure = new IllegalStateException("SELECT * FROM secret_table");

        mvc.perform(getAs("alice", "/api/me"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(not(containsString("secret_table"))))
                .andExpect(content().json("{\"error\": \"An unexpected error occurred.\", \"code\": \"SERVER_ERROR\", \"details\": {}}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void an_unreachable_database_is_503_database_unavailable_with_retry_after() throws Exception {
        useCases.failure = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001"));

        mvc.perform(postAs("alice", CALL + "/start", null))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(content().json("""
                        {"error": "The database is unavailable; try again shortly.", "code": "DATABASE_UNAVAILABLE",
                         "details": {}}""", JsonCompareMode.STRICT));
    }

    @Test
    void a_server_shutting_down_mid_request_is_503_too_and_other_sql_failures_stay_500() throws Exception {
        useCases.failure = new IllegalStateException(new SQLException("terminating connection", "57P01"));
        mvc.perform(getAs("alice", "/api/me")).andExpect(status().isServiceUnavailable())
                .andExpect(content().json("{\"code\": \"DATABASE_UNAVAILABLE\"}"));

        useCases.failure = new IllegalStateException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed"));
        mvc.perform(getAs("alice", "/api/me")).andExpect(status().isServiceUnavailable());

        useCases.failure = new IllegalStateException(new SQLException("duplicate key", "23505"));
        mvc.perform(getAs("alice", "/api/me")).andExpect(status().isInternalServerError())
                .andExpect(content().json("{\"code\": \"SERVER_ERROR\"}"));
    }

    @Test
    void the_error_page_maps_an_unreachable_database_met_in_a_filter_to_503() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new jakarta.servlet.ServletException(
                                new DataAccessResourceFailureException("Connection refused"))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(content().json("{\"error\": \"The database is unavailable; try again shortly.\", "
                        + "\"code\": \"DATABASE_UNAVAILABLE\", \"details\": {}}", JsonCompareMode.STRICT));
    }

    @Test
    void an_authentication_failure_inside_mvc_is_401() throws Exception {
        useCases.failure = new BadCredentialsException("nope");

        mvc.perform(getAs("alice", "/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().json("{\"code\": \"AUTH_REQUIRED\", \"details\": {}}"));
    }

    @Test
    void an_unknown_path_is_404_not_found() throws Exception {
        mvc.perform(getAs("alice", "/api/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().json("{\"error\": \"No endpoint GET /api/nothing-here.\", \"code\": \"NOT_FOUND\", \"details\": {}}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void a_wrong_method_is_405_with_allow() throws Exception {
        mvc.perform(deleteAs("alice", "/api/me"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string(HttpHeaders.ALLOW, containsString("GET")))
                .andExpect(content().json("{\"error\": \"Method DELETE is not supported here.\", \"code\": \"METHOD_NOT_ALLOWED\", \"details\": {}}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void an_unsupported_content_type_is_415() throws Exception {
        mvc.perform(postAs("alice", CALL + "/join", null).contentType(MediaType.APPLICATION_XML).content("<x/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().json("{\"code\": \"UNSUPPORTED_MEDIA_TYPE\", \"details\": {}}"));
    }

    @Test
    void an_unacceptable_accept_header_is_406_with_a_json_body() throws Exception {
        mvc.perform(getAs("alice", "/api/me").accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().json("{\"code\": \"NOT_ACCEPTABLE\", \"details\": {}}"));
    }

    @Test
    void a_body_over_64_kib_is_413_before_anything_reads_it() throws Exception {
        String big = "{\"sessionId\": \"s-1\", \"padding\": \"" + "x".repeat(64 * 1024) + "\"}";

        mvc.perform(postAs("alice", CALL + "/join", big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().json("""
                        {"error": "The request body is larger than 65536 bytes.", "code": "PAYLOAD_TOO_LARGE", "details": {}}
                        """, JsonCompareMode.STRICT));
        org.assertj.core.api.Assertions.assertThat(useCases.received()).isEmpty();
    }

    @Test
    void a_body_just_under_the_limit_passes() throws Exception {
        String prefix = "{\"sessionId\": \"s-1\", \"padding\": \"";
        String body = prefix + "x".repeat(64 * 1024 - prefix.length() - 2) + "\"}";
        org.assertj.core.api.Assertions.assertThat(body.length()).isEqualTo(64 * 1024);

        mvc.perform(postAs("alice", CALL + "/join", body)).andExpect(status().isOk());
    }

    @Test
    void the_error_page_answers_a_container_error_with_the_error_body() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/me"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("{\"error\": \"The request is invalid.\", \"code\": \"INVALID_REQUEST\", \"details\": {}}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void the_error_page_maps_a_business_error_thrown_in_a_filter() throws Exception {
        mvc.perform(post("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                                new jakarta.servlet.ServletException(new Failure(ErrorCode.RATE_LIMITED, "Slow down.",
                                        Map.of("retryAfterSeconds", 5)))))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(content().json("""
                        {"error": "Slow down.", "code": "RATE_LIMITED", "details": {"retryAfterSeconds": 5}}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void the_error_page_hides_an_unexpected_exception() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("stack secrets")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().json("{\"error\": \"An unexpected error occurred.\", \"code\": \"SERVER_ERROR\", \"details\": {}}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void the_error_page_answers_json_even_to_a_browser() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().json("{\"error\": \"No endpoint GET /nowhere.\", \"code\": \"NOT_FOUND\", \"details\": {}}",
                        JsonCompareMode.STRICT));
    }
}
