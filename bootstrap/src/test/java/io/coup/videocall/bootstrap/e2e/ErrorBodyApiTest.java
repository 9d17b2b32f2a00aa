package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.assertInvalid;
import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4 errors and §6.5: whatever goes wrong, the answer is {error, code, details} and reveals nothing else. */
class ErrorBodyApiTest extends EndToEndTest {

    private final Steps steps = new Steps(this);
    private Person owner;
    private String study;
    private String session;

    @BeforeEach
    void aCallInProgress() {
        owner = person("owner");
        study = steps.study(owner);
        session = steps.startId(study, owner);
    }

    @Test
    void an_unknown_api_path_answers_404_NOT_FOUND() {
        assertError(get("/api/no-such-thing", owner.token()), 404, "NOT_FOUND");
        assertError(get(call(study) + "/no-such-thing", owner.token()), 404, "NOT_FOUND");
    }

    @Test
    void an_unknown_path_outside_the_api_answers_404_NOT_FOUND() {
        assertError(get("/no-such-page", null), 404, "NOT_FOUND");
    }

    @Test
    void a_wrong_method_answers_405_METHOD_NOT_ALLOWED_with_Allow() {
        Response response = delete("/api/me", owner.token());

        assertError(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.header("Allow")).contains("GET");
        assertError(get(call(study) + "/join", owner.token()), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void malformed_json_answers_400_INVALID_REQUEST() {
        Response response = post(call(study) + "/join", owner.token(), "{\"sessionId\": ");

        assertError(response, 400, "INVALID_REQUEST");
        assertNobodyJoined();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"sessionId\": 5}", "{\"sessionId\": {}}", "{\"sessionId\": [\"a\"]}", "{\"sessionId\": true}"})
    void a_wrong_json_type_answers_400_naming_the_field(String body) {
        Response response = post(call(study) + "/join", owner.token(), body);

        assertInvalid(response, "sessionId");
        assertNobodyJoined();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "\"just a string\"", "42", "null"})
    void a_body_that_is_not_an_object_answers_400(String body) {
        assertError(post(call(study) + "/join", owner.token(), body), 400, "INVALID_REQUEST");
        assertNobodyJoined();
    }

    @Test
    void join_without_a_body_answers_400_INVALID_REQUEST() {
        assertError(post(call(study) + "/join", owner.token(), null), 400, "INVALID_REQUEST");
        assertError(post(call(study) + "/leave", owner.token(), null), 400, "INVALID_REQUEST");
        assertNobodyJoined();
    }

    @Test
    void a_body_over_64_KiB_answers_413_PAYLOAD_TOO_LARGE() {
        String big = "{\"sessionId\":\"" + session + "\",\"padding\":\"" + "x".repeat(70 * 1024) + "\"}";

        assertError(post(call(study) + "/join", owner.token(), big), 413, "PAYLOAD_TOO_LARGE");
        assertError(post("/api/studies", owner.token(), "{\"name\":\"" + "n".repeat(70 * 1024) + "\"}"), 413, "PAYLOAD_TOO_LARGE");
        assertNobodyJoined();
    }

    @Test
    void a_chunked_body_over_64_KiB_answers_413_PAYLOAD_TOO_LARGE() {
        byte[] big = ("{\"sessionId\":\"" + session + "\",\"padding\":\"" + "x".repeat(70 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        Response response = send(request(call(study) + "/join", owner.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertError(response, 413, "PAYLOAD_TOO_LARGE");
        assertNobodyJoined();
    }

    @Test
    void a_body_just_under_the_limit_is_read() {
        String padded = "{\"sessionId\":\"" + session + "\",\"padding\":\"" + "x".repeat(60 * 1024) + "\"}";

        Response response = post(call(study) + "/join", owner.token(), padded);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }

    @Test
    void an_unsupported_content_type_answers_415() {
        Response response = send(request(call(study) + "/join", owner.token()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("sessionId=" + session)));

        assertError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertNobodyJoined();
    }

    // Found by MalformedRestInputFuzzTest: each used to answer 500 or Tomcat's HTML page.

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"role\": 0}", "{\"role\": -0}", "{\"status\": 1}"})
    void a_role_or_status_given_as_a_number_answers_400_and_changes_nothing(String body) {
        Person member = steps.member(study, owner, "member");

        assertError(put("/api/studies/" + study + "/members/" + member.id(), owner.token(), body), 400, "INVALID_REQUEST");
        JsonNode members = get("/api/studies/" + study + "/members", owner.token()).json().get("members");
        JsonNode stored = Api.find(members, "userId", member.id());
        assertThat(stored.get("role").stringValue()).isEqualTo("MEMBER");
        assertThat(stored.get("status").stringValue()).isEqualTo("ACTIVE");
    }

    @Test
    void a_query_parameter_that_is_not_utf8_answers_400_INVALID_REQUEST() {
        assertError(get(call(study) + "/history?tz=%FF%FE", owner.token()), 400, "INVALID_REQUEST");
        assertError(get(call(study) + "/stats?period=%C3%28", owner.token()), 400, "INVALID_REQUEST");
    }

    @Test
    void a_path_that_is_not_utf8_answers_400_with_the_json_error_body() {
        assertError(get("/api/studies/%E2%82/members", owner.token()), 400, "INVALID_REQUEST");
        assertError(post(call(study) + "/sessions/%C0%AF/end", owner.token(), null), 400, "INVALID_REQUEST");
    }

    @Test
    void a_form_body_answers_415_even_with_parameter_names_the_firewall_refuses_and_changes_nothing() {
        HttpRequest.BodyPublisher form = HttpRequest.BodyPublishers.ofString("세션=" + session);

        Response post = send(request(call(study) + "/join", owner.token())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form));
        Response put = send(request("/api/studies/" + study + "/members/" + owner.id(), owner.token())
                .header("Content-Type", "application/x-www-form-urlencoded").PUT(form));

        assertError(post, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertError(put, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertNobodyJoined();
    }

    @Test
    void an_unacceptable_accept_header_answers_406_with_the_json_error_body() {
        Response response = send(request("/api/me", owner.token()).header("Accept", "application/xml").GET());

        assertError(response, 406, "NOT_ACCEPTABLE");
    }

    @Test
    void error_bodies_always_carry_a_details_object() {
        JsonNode notFound = assertError(get("/api/no-such-thing", owner.token()), 404, "NOT_FOUND");
        JsonNode unauthenticated = assertError(get("/api/me", null), 401, "AUTH_REQUIRED");
        steps.join(study, session, owner);
        steps.leave(study, session, owner);
        JsonNode ended = assertError(post(call(study) + "/join", owner.token(), Steps.sessionBody(session)), 400, "SESSION_ENDED");

        for (JsonNode body : new JsonNode[] {notFound, unauthenticated, ended}) {
            assertKeys(body, "error", "code", "details");
            assertThat(body.get("details").isObject()).isTrue();
        }
    }

    private void assertNobodyJoined() {
        JsonNode status = steps.status(study, owner);
        assertThat(status.get("id").stringValue()).isEqualTo(session);
        assertThat(status.get("participants").size()).as("the bad request changed nothing").isZero();
    }
}
