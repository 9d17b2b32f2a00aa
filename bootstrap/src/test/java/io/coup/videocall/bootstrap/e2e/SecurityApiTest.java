package io.coup.videocall.bootstrap.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
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

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

    private static String base64Url(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code alg: none}: a header, a payload and an empty signature, built by hand. */
    private static String unsignedToken() {
        long exp = CLOCK.instant().plusSeconds(3600).getEpochSecond();
        return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + base64Url("{\"sub\":\"" + unique("none") + "\",\"name\":\"Mallory\",\"exp\":" + exp + "}") + ".";
    }

    private static String signedWithAnotherSecret() {
        NimbusJwtEncoder other = NimbusJwtEncoder.withSecretKey(new SecretKeySpec(
                "another-secret-that-is-long-enough-0123456789abcdef".getBytes(StandardCharsets.UTF_8), "HmacSHA256")).build();
        Instant now = CLOCK.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(unique("forged")).claim("name", "Mallory")
                .issuedAt(now).expiresAt(now.plusSeconds(3600)).build();
        return other.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    /** A genuine token whose payload was edited afterwards (another subject), keeping the original signature. */
    private static String tamperedToken() {
        String[] parts = token(unique("victim"), "Victim").split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(new String(B64URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8));
        payload.put("sub", unique("mallory"));
        return parts[0] + "." + base64Url(payload.toString()) + "." + parts[2];
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of(named("no token", (Supplier<String>) () -> null)),
                Arguments.of(named("garbage", (Supplier<String>) () -> "not-a-jwt")),
                Arguments.of(named("three garbage parts", (Supplier<String>) () -> "abc.def.ghi")),
                Arguments.of(named("expired", (Supplier<String>) () -> token(c -> c.subject(unique("late")).claim("name", "Late")
                        .issuedAt(CLOCK.instant().minusSeconds(7200)).expiresAt(CLOCK.instant().minusSeconds(3600))))),
                Arguments.of(named("not yet valid (nbf in the future)", (Supplier<String>) () -> token(c -> c.subject(unique("early"))
                        .claim("name", "Early").notBefore(CLOCK.instant().plusSeconds(3600)).expiresAt(CLOCK.instant().plusSeconds(7200))))),
                Arguments.of(named("signed with another secret", (Supplier<String>) SecurityApiTest::signedWithAnotherSecret)),
                Arguments.of(named("alg none", (Supplier<String>) SecurityApiTest::unsignedToken)),
                Arguments.of(named("tampered payload", (Supplier<String>) SecurityApiTest::tamperedToken)),
                Arguments.of(named("no subject", (Supplier<String>) () -> token(c -> c.claim("name", "Nobody")))));
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
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
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
    void health_is_public() {
        Response health = get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").stringValue()).isEqualTo("UP");
    }

    @Test
    void other_actuator_endpoints_need_a_token() {
        assertError(get("/actuator/metrics", null), 401, "AUTH_REQUIRED");
    }

    @Test
    void without_openvidu_there_is_no_openvidu_webhook() {
        // Permitted without a token, but this service runs mesh calls: nothing answers there.
        assertError(post("/api/openvidu/webhook", null, "{\"event\":\"sessionDestroyed\"}"), 404, "NOT_FOUND");
    }
}
