package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.adapter.out.openvidu.testing.OpenViduEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider wired as {@link OpenViduConfiguration} wires it, against an {@link OpenViduEmulator}, with short
 * timeouts; its waits between retries are recorded instead of slept (and may run an action, e.g. bring the server
 * back).
 */
final class OpenViduFixture implements AutoCloseable {

    static final String SECRET = "MY_SECRET";
    static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    final OpenViduProperties properties;
    final TransportFailures transport = new TransportFailures();
    final OpenViduClient client;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final OpenViduMediaProvider media;
    final OpenViduHealthIndicator health;
    private volatile Runnable onPause = () -> { };

    OpenViduFixture(OpenViduEmulator emulator) {
        this(emulator, SECRET);
    }

    OpenViduFixture(OpenViduEmulator emulator, String secret) {
        properties = new OpenViduProperties(URI.create(emulator.url()), secret, Duration.ofMillis(500), READ_TIMEOUT,
                new OpenViduProperties.Retry(3, Duration.ofMillis(100), 2.0, Duration.ofMillis(250)));
        client = OpenViduClient.create(properties, transport);
        media = new OpenViduMediaProvider(client, new OpenViduCalls(properties.retry(), transport, duration -> {
            pauses.add(duration);
            onPause.run();
        }));
        health = new OpenViduHealthIndicator(client, transport, emulator.url());
    }

    void onPause(Runnable action) {
        this.onPause = action;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
