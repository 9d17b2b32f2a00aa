package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.Transport;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalingConfigurationTest {

    private static SignalingProperties properties(int port, Duration pingTimeout) {
        return new SignalingProperties(null, port, "/socket.io", List.of("http://localhost:3000"),
                DataSize.ofKilobytes(64), DataSize.ofKilobytes(256), DataSize.ofKilobytes(64), DataSize.ofMegabytes(1),
                Duration.ofSeconds(25), pingTimeout, 8, 64, 30, 120, Duration.ofSeconds(15), SignalingProperties.Store.MEMORY);
    }

    @Test
    void the_server_is_hardened_as_the_spec_requires() {
        Configuration config = SignalingConfiguration.serverConfiguration(properties(9092, Duration.ofSeconds(20)));

        assertThat(config.getPort()).isEqualTo(9092);
        assertThat(config.getContext()).isEqualTo("/socket.io");
        assertThat(config.getTransports()).containsExactly(Transport.WEBSOCKET);
        assertThat(config.isRandomSession()).isTrue();
        assertThat(config.getPingInterval()).isEqualTo(25_000);
        assertThat(config.getPingTimeout()).isEqualTo(20_000);
        assertThat(config.getMaxFramePayloadLength()).as("read, then answered over 64 KiB").isEqualTo(256 * 1024);
        assertThat(config.getMaxHttpContentLength()).isEqualTo(64 * 1024);
        assertThat(config.isWebsocketCompression()).as("the frame limit must bound the decoded bytes").isFalse();
        assertThat(config.getAckMode()).isEqualTo(AckMode.MANUAL);
        assertThat(config.getAuthorizationListener()).isInstanceOf(OriginPolicy.class);
        assertThat(config.isUseLinuxNativeEpoll()).isFalse();
        assertThat(config.getSocketConfig().isReuseAddress()).as("a restarted node binds despite TIME_WAIT").isTrue();
    }

    @Test
    void nonsense_settings_stop_the_start_up() {
        assertThatThrownBy(() -> properties(70_000, Duration.ofSeconds(20))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> properties(9092, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
