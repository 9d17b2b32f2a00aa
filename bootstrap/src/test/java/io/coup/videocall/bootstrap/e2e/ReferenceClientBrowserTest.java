package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.adapter.out.persistence.testing.TestPostgres;
import io.coup.videocall.bootstrap.CoupVideoApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The reference web client ({@code bootstrap/src/main/resources/static}) in a real browser: two Debian Chromium
 * contexts driven by playwright-core ({@code src/test/browser/two-peers.mjs}) sign in, create a study, join one call
 * through {@code quick-join}, connect their RTCPeerConnection over our Socket.IO signaling with fake media devices,
 * see each other's video, mute and turn the camera off for ~2 s, chat and leave. Then the session detail must show
 * Ann's muted and camera-off time as the browser held them.
 * <p>
 * The service runs with its real clock (the other end-to-end classes move a test clock), PostgreSQL, the mesh
 * provider and dev tokens. Needs Chromium at {@code /usr/bin/chromium} ({@code COUP_TEST_CHROMIUM} overrides) and
 * {@code npm ci} in {@code src/test/browser}; .ci/run installs both. Outside CI a missing browser skips the class; in
 * CI ({@code CI=true}) it fails. Screenshots: {@code bootstrap/target/browser-e2e/}.
 */
class ReferenceClientBrowserTest {

    private static final Path SCRIPT_DIR = Path.of("src/test/browser");
    private static final Path OUTPUT = Path.of("target/browser-e2e");
    private static final String CHROMIUM = System.getenv().getOrDefault("COUP_TEST_CHROMIUM", "/usr/bin/chromium");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ConfigurableApplicationContext service;
    private static int httpPort;

    @BeforeAll
    static void startService() throws IOException, InterruptedException {
        boolean ready = Files.isExecutable(Path.of(CHROMIUM));
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(ready, "no Chromium at " + CHROMIUM + " (set COUP_TEST_CHROMIUM)");
        }
        assertThat(ready).as("Chromium at %s", CHROMIUM).isTrue();
        if (!Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"))) {
            assertThat(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(SCRIPT_DIR.toFile())
                    .inheritIO().start().waitFor()).as("npm ci in %s", SCRIPT_DIR).isZero();
        }
        httpPort = EndToEndTest.freePort();
        int signalingPort = EndToEndTest.freePort();
        String origin = "http://localhost:" + httpPort;
        service = new SpringApplicationBuilder(CoupVideoApplication.class)
                .profiles("e2e")
                .run("--server.port=" + httpPort,
                        "--coup.signaling.port=" + signalingPort,
                        "--coup.signaling.allowed-origins=" + origin,
                        "--coup.security.allowed-origins=" + origin,
                        "--coup.signaling.reconnect-grace=1s",
                        // No internet here: a local STUN address instead of the public default (host candidates connect).
                        "--coup.media.client.ice-servers[0].urls=stun:127.0.0.1:3478",
                        "--coup.security.dev-tokens=true",
                        "--coup.security.jwt.hs256-secret=" + EndToEndTest.SECRET,
                        "--coup.media.mesh.ticket-secret=" + EndToEndTest.TICKET_SECRET,
                        "--spring.datasource.url=" + TestPostgres.jdbcUrl(),
                        "--spring.datasource.username=" + TestPostgres.username(),
                        "--spring.datasource.password=" + TestPostgres.password(),
                        "--spring.datasource.driver-class-name=org.postgresql.Driver");
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void two_chromium_peers_hold_a_call_and_the_detail_shows_the_muted_and_camera_off_time() throws Exception {
        Process browser = new ProcessBuilder("node", "two-peers.mjs", "http://localhost:" + httpPort,
                OUTPUT.toAbsolutePath().toString(), CHROMIUM)
                .directory(SCRIPT_DIR.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String stdout;
        try {
            assertThat(browser.waitFor(150, TimeUnit.SECONDS)).as("the browser run finishes").isTrue();
            stdout = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } finally {
            browser.destroyForcibly();
        }
        assertThat(browser.exitValue()).as("two-peers.mjs exit code (its stderr is above); stdout: %s", stdout).isZero();
        JsonNode run = EndToEndTest.JSON.readTree(stdout.substring(stdout.lastIndexOf('\n') + 1));

        String annToken = EndToEndTest.token(run.get("annId").stringValue(), "Ann Browser");
        String studyId = run.get("studyId").stringValue();
        JsonNode history = getJson(EndToEndTest.call(studyId) + "/history", annToken);
        assertThat(history.get("sessions").size()).as("one call: %s", history).isEqualTo(1);
        String sessionId = history.get("sessions").get(0).get("id").stringValue();
        JsonNode session = getJson(EndToEndTest.call(studyId) + "/sessions/" + sessionId, annToken).get("session");

        assertThat(session.get("endedAt").isNull()).as("the call ended when both left: %s", session).isFalse();
        assertThat(session.get("participants").size()).isEqualTo(2);
        for (JsonNode participant : session.get("participants")) {
            if (participant.get("userId").stringValue().equals(run.get("annId").stringValue())) {
                // Whole seconds, rounded down, of what the browser held (~2 s; the clicks' network time on top).
                assertSeconds(participant.get("audioMutedTime").asLong(), run.get("mutedMs").asLong(), "audioMutedTime");
                assertSeconds(participant.get("videoOffTime").asLong(), run.get("videoOffMs").asLong(), "videoOffTime");
                assertThat(participant.get("messageCount").asInt()).isEqualTo(1);
            } else {
                assertThat(participant.get("audioMutedTime").asLong()).isZero();
                assertThat(participant.get("videoOffTime").asLong()).isZero();
            }
            assertThat(participant.get("segments").size()).as("one segment each: %s", participant).isEqualTo(1);
            assertThat(participant.get("segments").get(0).get("leaveReason").stringValue()).isEqualTo("LEFT");
        }
        assertThat(OUTPUT.resolve("call.png")).isNotEmptyFile();
        assertThat(OUTPUT.resolve("stats.png")).isNotEmptyFile();
    }

    /** The page serves the socket.io-client build the signaling tests pin, byte for byte. */
    @Test
    void the_vendored_socket_io_client_is_the_tested_version() throws IOException {
        Path vendored = Path.of("src/main/resources/static/vendor/socket.io.esm.min.js");
        Path tested = Path.of("../adapters-signaling/src/test/js/node_modules/socket.io-client/dist/socket.io.esm.min.js");
        assumeTrue(Files.exists(tested) || "true".equalsIgnoreCase(System.getenv("CI")), "npm ci not run for the signaling tests");
        assertThat(Files.mismatch(vendored, tested)).as("%s differs from %s", vendored, tested).isEqualTo(-1L);
    }

    private static void assertSeconds(long reportedSeconds, long heldMillis, String field) {
        assertThat(reportedSeconds).as("%s for %d ms held", field, heldMillis)
                .isBetween(heldMillis / 1000 - 1, heldMillis / 1000 + 1);
        assertThat(reportedSeconds).as(field).isGreaterThanOrEqualTo(1);
    }

    private static JsonNode getJson(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return EndToEndTest.JSON.readTree(response.body());
    }
}
