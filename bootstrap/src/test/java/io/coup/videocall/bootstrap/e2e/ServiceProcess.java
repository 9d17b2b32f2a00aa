package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.CoupVideoApplication;
import io.coup.videocall.bootstrap.e2e.EndToEndTest.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * The service as a real, separate JVM, started from this test's classpath on free ports (HTTP and Socket.IO), its
 * output in {@code target/service-processes/}. {@link #kill()} is a SIGKILL ({@link Process#destroyForcibly()}): no
 * shutdown hook, no flush, exactly a crash.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int httpPort;
    private final int signalingPort;
    private final Path log;

    private ServiceProcess(Process process, int httpPort, int signalingPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.signalingPort = signalingPort;
        this.log = log;
    }

    /** The production profile on this PostgreSQL database, accepting {@link #token}s; add or replace settings. */
    static Map<String, String> onPostgres(String jdbcUrl, String username, String password) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "postgres");
        settings.put("spring.datasource.url", jdbcUrl);
        settings.put("spring.datasource.username", username);
        settings.put("spring.datasource.password", password);
        settings.put("coup.security.jwt.hs256-secret", EndToEndTest.SECRET);
        settings.put("coup.media.mesh.ticket-secret", EndToEndTest.TICKET_SECRET);
        return settings;
    }

    /** A token for {@code userId} valid now in real time (the in-JVM tests' clock may have been moved). */
    static String token(String userId) {
        Instant now = Instant.now();
        return EndToEndTest.token(claims -> claims.subject(userId).claim("name", "Name of " + userId)
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1))));
    }

    /** Starts the service with these {@code spring.*}/{@code coup.*} settings and waits until it is ready. */
    static ServiceProcess start(String name, Map<String, String> properties) {
        return start(name, properties, null);
    }

    /**
     * As {@link #start(String, Map)}, run in {@code workingDirectory} (null: this JVM's), where relative paths of its
     * settings, such as the embedded profile's {@code ./data}, resolve.
     */
    static ServiceProcess start(String name, Map<String, String> properties, Path workingDirectory) {
        int httpPort = EndToEndTest.freePort();
        int signalingPort = EndToEndTest.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                CoupVideoApplication.class.getName(),
                "--server.port=" + httpPort,
                "--coup.signaling.port=" + signalingPort,
                "--spring.main.banner-mode=off"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path dir = Files.createDirectories(Path.of("target", "service-processes"));
            Path log = dir.resolve(name + "-" + httpPort + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toAbsolutePath().toFile());
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            Process process = builder.start();
            ServiceProcess service = new ServiceProcess(process, httpPort, signalingPort, log);
            service.awaitReady();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the service exited with %d; see %s", process.exitValue(), log.toAbsolutePath());
            }
            try {
                if (get("/actuator/health/readiness", null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYetListening) {
                // starting
            }
            sleep(200);
        }
        process.destroyForcibly();
        fail("the service was not ready within %s; see %s", START_TIMEOUT, log.toAbsolutePath());
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                fail("the killed service is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String signalingUrl() {
        return "http://localhost:" + signalingPort + "/coup";
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

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
