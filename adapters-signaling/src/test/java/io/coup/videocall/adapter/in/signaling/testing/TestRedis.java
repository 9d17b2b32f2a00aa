package io.coup.videocall.adapter.in.signaling.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Redis of the multi-node signaling tests (this module's and, through the test-jar, bootstrap's):
 * {@code COUP_TEST_REDIS_URL}, else {@code redis://127.0.0.1:6379}. Outside CI a missing Redis skips the test; in CI
 * ({@code CI=true}, where .ci/run starts Redis) it fails. Tests keep apart by a key prefix of their own.
 */
public final class TestRedis {

    private static final String URL = System.getenv().getOrDefault("COUP_TEST_REDIS_URL", "redis://127.0.0.1:6379");

    private TestRedis() {
    }

    /** The Redis URL, once it answers (skips or fails the calling test otherwise, see above). */
    public static String url() {
        boolean reachable = reachable();
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(reachable, "no Redis at " + URL + " (set COUP_TEST_REDIS_URL)");
        }
        if (!reachable) {
            throw new IllegalStateException("CI: no Redis at " + URL);
        }
        return URL;
    }

    private static boolean reachable() {
        URI uri = URI.create(URL);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
