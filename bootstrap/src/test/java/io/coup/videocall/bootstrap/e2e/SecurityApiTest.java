package io.coup.videocall.bootstrap.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.assertInstant;
import static io.coup.videocall.bootstrap.e2e.Api.assertInvalid;
import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Api.assertUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/** SPEC §7: who gets in, and how a refusal looks. */
class SecurityApiTest extends EndToEndTest {

    static Stream<Arguments> refusedTokens() {
        return Stream.concat(Stream.of(Arguments.of(named("no token", (Supplier<String>) () -> null))),
                ForgedTokens.all().stream().map(forged -> Arguments.of(named(forged.name(), forged.token()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_request_without_a_valid_token_answers_401_AUTH_REQUIRED(Supplier<String> token) {
        Response response = get("/api/me", token.get());

        assertError(response, 401, "AUTH_REQUIRED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_call_endpoint_without_a_valid_token_answers_401_AUTH_REQUIRED_and_does_nothing(Supplier<String> token) {
        String owner = unique("owner");
        String ownerToken = token(owner, "Owner");
        String study = createStudy(ownerToken);

        assertError(post(call(study) + "/start", token.get(), null), 401, "AUTH_REQUIRED");
        Response status = get(call(study) + "/status", ownerToken);
        assertThat(status.json().get("session").isNull()).as("no call was started: %s", status).isTrue();
    }

    @Test
    void a_token_of_an_unknown_scheme_is_refused() {
        Response response = send(request("/api/me", null).header("Authorization", "Basic dXNlcjpwYXNz").GET());

        assertError(response, 401, "AUTH_REQUIRED");
    }

    @Test
    void a_valid_token_is_accepted() {
        String id = unique("valid");

        Response response = get("/api/me", token(id, "Valid"));

        assertThat(response.status()).isEqualTo(200);
        assertUser(response.json().get("user"), id, "Valid");
    }

    @Test
    void the_dev_token_endpoint_issues_a_token_the_api_accepts() {
        String id = unique("dev");

        Response issued = send(request("/api/dev/token", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"userId\":\"" + id + "\",\"name\":\"Dev User\",\"avatar\":\"https://example.org/a.png\"}")));

        assertThat(issued.status()).as("%s", issued).isEqualTo(200);
        assertKeys(issued.json(), "token", "expiresAt");
        Instant expiresAt = assertInstant(issued.json().get("expiresAt"));
        assertThat(expiresAt).isAfter(CLOCK.instant());
        Response me = get("/api/me", issued.json().get("token").stringValue());
        assertThat(me.status()).as("%s", me).isEqualTo(200);
        JsonNode user = me.json().get("user");
        assertUser(user, id, "Dev User");
        assertThat(user.get("avatar").stringValue()).isEqualTo("https://example.org/a.png");
    }

    @Test
    void the_dev_token_endpoint_validates_its_body() {
        Response response = post("/api/dev/token", null, "{\"name\":\"No id\"}");

        assertInvalid(response, "userId");
    }

    @Test
    void a_cors_preflight_from_an_allowlisted_origin_is_allowed() {
        Response preflight = send(request(call("algo") + "/join", null).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type"));

        assertThat(preflight.status()).as("%s", preflight).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
    }

    @Test
    void a_cors_request_from_an_origin_off_the_allowlist_is_refused() {
        Response preflight = send(request(call("algo") + "/join", null).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        String owner = unique("owner");
        Response simple = send(request("/api/me", token(owner, "Owner")).header("Origin", "http://evil.example").GET());

        assertThat(preflight.status()).as("%s", preflight).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(simple.status()).as("%s", simple).isEqualTo(403);
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void health_is_public() {
        Response health = get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").stringValue()).isEqualTo("UP");
    }

    @Test
    void other_actuator_endpoints_need_a_token() {
        assertError(get("/actuator/metrics", null), 401, "AUTH_REQUIRED");
        assertError(get("/actuator/prometheus", null), 401, "AUTH_REQUIRED");
    }

    /**
     * Spring Security observes every filter of every request (a third of a status request's CPU, docs/performance.md);
     * that is switched off by default, and the request timers stay.
     */
    @Test
    void metrics_time_requests_but_not_each_security_filter() {
        String token = token(unique("ops"), "Ops");
        assertThat(get("/api/me", token).status()).isEqualTo(200);

        Response metrics = get("/actuator/metrics", token);

        assertThat(metrics.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        metrics.json().get("names").forEach(name -> names.add(name.stringValue()));
        assertThat(names).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security."));
    }

    @Test
    void without_openvidu_there_is_no_openvidu_webhook() {
        // Permitted without a token, but this service runs mesh calls: nothing answers there.
        assertError(post("/api/openvidu/webhook", null, "{\"event\":\"sessionDestroyed\"}"), 404, "NOT_FOUND");
    }
}
