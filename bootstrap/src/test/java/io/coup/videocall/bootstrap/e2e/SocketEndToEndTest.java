package io.coup.videocall.bootstrap.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An end-to-end class whose tests also speak Socket.IO: each test gets its own driver of the official
 * socket.io-client on the shared context's signaling port, closed (with every socket it opened) after the test.
 */
abstract class SocketEndToEndTest extends EndToEndTest {

    SocketIoDriver sockets;

    @BeforeEach
    void startClient() {
        sockets = SocketIoDriver.start("http://localhost:" + SIGNALING_PORT + "/coup");
    }

    @AfterEach
    void stopClient() {
        sockets.close();
    }

    /** A positive ack is exactly {@code {ok: true}}. */
    static void assertOk(JsonNode ack) {
        assertThat(ack).as("ack").isNotNull();
        assertKeys(ack, "ok");
        assertThat(ack.get("ok").asBoolean()).as("ack %s", ack).isTrue();
    }
}
