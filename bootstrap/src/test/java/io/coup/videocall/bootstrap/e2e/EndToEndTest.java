package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.adapter.out.persistence.testing.TestPostgres;
import io.coup.videocall.application.testing.MutableClock;
import io.coup.videocall.bootstrap.CoupVideoApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The whole service on a random port against a real PostgreSQL migrated by Flyway, spoken to over real HTTP.
 * All end-to-end classes share one Spring context and one database; each test works in studies of its own
 * (random ids), so tests never see each other's data.
 */
@SpringBootTest(classes = CoupVideoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"coup.security.dev-tokens=true", "coup.calls.max-participants=10",
                // Room for tests that start and join many times as one user; RateLimitApiTest spends exactly this.
                "coup.http.rate-limit.burst=" + EndToEndTest.RATE_LIMIT_BURST, "coup.http.rate-limit.calls-per-minute=60",
                // Real time (the grace is waited on a scheduler); short, so drops settle quickly in tests.
                "coup.signaling.reconnect-grace=" + EndToEndTest.RECONNECT_GRACE_MS + "ms",
                // Tests move the clock by days; the reaper runs only when a test calls it (ReaperEndToEndTest).
                "coup.calls.reaper-enabled=false",
                // A default a subclass with a context of its own may override with a dynamic property of its own.
                "coup.signaling.port=${coup.test.signaling-port}"})
@ActiveProfiles("e2e")
public abstract class EndToEndTest {

    /** {@code coup.signaling.reconnect-grace} of the tests' service, in milliseconds. */
    static final long RECONNECT_GRACE_MS = 1_000;

    /** {@code coup.http.rate-limit.burst} of the tests' service; it refills one call a second. */
    static final int RATE_LIMIT_BURST = 100;

    static final String SECRET = "end-to-end-test-secret-0123456789-abcdefghijklmnop";
    static final String TICKET_SECRET = "end-to-end-room-ticket-secret-0123456789-abcdefgh";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final NimbusJwtEncoder TOKENS = NimbusJwtEncoder
            .withSecretKey(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256")).build();

    /**
     * The Socket.IO server's port for this JVM: a free one, so concurrent test runs never fight over 9092. Chosen
     * once, so every end-to-end class shares one context (and one server).
     */
    static final int SIGNALING_PORT = freePort();

    /** The service's time: tests move it explicitly instead of sleeping. */
    static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @TestBean(name = "clock")
    Clock clock;

    @LocalServerPort
    int port;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("coup.security.jwt.hs256-secret", () -> SECRET);
        registry.add("coup.media.mesh.ticket-secret", () -> TICKET_SECRET);
        registry.add("coup.test.signaling-port", () -> SIGNALING_PORT);
    }

    /** A port nothing listens on right now. */
    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A valid platform token for {@code userId}, signed with the test secret. */
    static String token(String userId, String name) {
        return token(claims -> claims.subject(userId).claim("name", name));
    }

    /**
     * A token whose claims a test shapes itself (expired, not yet valid, ...). Tokens are checked against the
     * service's clock, which tests move forward by days, so by default a token stays valid for a year of it.
     */
    static String token(UnaryOperator<JwtClaimsSet.Builder> shape) {
        Instant now = CLOCK.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuedAt(now).expiresAt(now.plus(Duration.ofDays(365)));
        return TOKENS.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), shape.apply(claims).build()))
                .getTokenValue();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    Response post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Creates a study owned by {@code owner} and returns its id. */
    String createStudy(String ownerToken) {
        String id = unique("study");
        Response created = post("/api/studies", ownerToken, "{\"id\":\"" + id + "\",\"name\":\"Study " + id + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("study not created: " + created);
        }
        return id;
    }

    /** Adds {@code userId} to the study as an active member, acting as its owner. */
    void addMember(String studyId, String ownerToken, String userId) {
        Response added = put("/api/studies/" + studyId + "/members/" + userId, ownerToken, "{}");
        if (added.status() != 200) {
            throw new IllegalStateException("member not added: " + added);
        }
    }

    static String call(String studyId) {
        return "/api/my-studies/" + studyId + "/video-call";
    }

    record Response(int status, HttpResponse<String> raw) {

        String body() {
            return raw.body();
        }

        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }
}
