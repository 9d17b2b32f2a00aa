package io.coup.videocall.bootstrap.config;

import io.coup.videocall.adapter.in.signaling.MeshMediaProperties;
import io.coup.videocall.adapter.in.signaling.SignalingProperties;
import io.coup.videocall.domain.call.MediaProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service ships with: the real application.yml and its profile files, loaded as a start-up loads them and
 * bound to the real properties records, with nothing overridden. Every other test sets these keys itself, so only this
 * one fails when a shipped value (a file's or a {@code @DefaultValue}) drifts from SPEC §4.3, §5, §6.4, §7 and §8.
 */
class ShippedConfigurationTest {

    /** The shipped files with these profiles active (none: what a plain {@code java -jar} runs with). */
    private static Environment shipped(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        // Only what the files say: no system property or environment variable of this machine takes part.
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(), new DefaultBootstrapContext(),
                profiles);
        return environment;
    }

    /** "" stands for no profile named. */
    private static Environment shippedWith(String profile) {
        return profile.isEmpty() ? shipped() : shipped(profile);
    }

    private static CoupProperties coup(Environment environment) {
        return Binder.get(environment).bindOrCreate("coup", CoupProperties.class);
    }

    private static SignalingProperties signaling(Environment environment) {
        return Binder.get(environment).bindOrCreate("coup.signaling", SignalingProperties.class);
    }

    private static MeshMediaProperties mesh(Environment environment) {
        return Binder.get(environment).bindOrCreate("coup.media.mesh", MeshMediaProperties.class);
    }

    /** The dev token endpoint exists exactly when this is true ({@code @ConditionalOnProperty} reads the raw key). */
    private static boolean devTokensOn(Environment environment) {
        return "true".equals(environment.getProperty("coup.security.dev-tokens"))
                && coup(environment).security().devTokens();
    }

    @ParameterizedTest(name = "profile [{0}]")
    @ValueSource(strings = {"", "embedded"})
    void the_embedded_default_is_h2_in_postgresql_mode_memory_rooms_mesh_media_and_dev_tokens_on(String profile) {
        Environment environment = shippedWith(profile);

        assertThat(environment.getProperty("spring.datasource.url"))
                .startsWith("jdbc:h2:file:./data/coup;").contains("MODE=PostgreSQL");
        assertThat(devTokensOn(environment)).as("dev tokens").isTrue();
        assertThat(coup(environment).security().jwt().hs256Secret()).as("HS256 dev secret").isNotBlank();
        assertThat(mesh(environment).ticketSecret()).as("room ticket secret").isNotBlank();
        assertThat(coup(environment).media().provider()).isEqualTo(MediaProvider.MESH);
        assertThat(signaling(environment).store()).isEqualTo(SignalingProperties.Store.MEMORY);
    }

    @ParameterizedTest(name = "profile [{0}]")
    @ValueSource(strings = {"postgres", "any-other"})
    void dev_tokens_are_off_outside_the_embedded_profile(String profile) {
        Environment environment = shipped(profile);

        assertThat(devTokensOn(environment)).as("dev tokens").isFalse();
        assertThat(coup(environment).security().jwt().hs256Secret()).as("no secret shipped").isNull();
        assertThat(mesh(environment).ticketSecret()).as("no ticket secret shipped").isNull();
    }

    @Test
    void the_postgres_profile_points_at_postgresql() {
        assertThat(shipped("postgres").getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://");
    }

    @ParameterizedTest(name = "profile [{0}]")
    @ValueSource(strings = {"", "postgres"})
    void http_on_8080_socket_io_on_9092_with_socket_ios_heartbeat_and_a_15_second_reconnect_grace(String profile) {
        Environment environment = shippedWith(profile);
        SignalingProperties signaling = signaling(environment);

        assertThat(environment.getProperty("server.port")).isEqualTo("8080");
        assertThat(signaling.port()).isEqualTo(9092);
        assertThat(signaling.path()).isEqualTo("/socket.io");
        assertThat(signaling.pingInterval()).isEqualTo(Duration.ofSeconds(25));
        assertThat(signaling.pingTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(signaling.reconnectGrace()).isEqualTo(Duration.ofSeconds(15));
        assertThat(signaling.maxFramePayloadLength()).isEqualTo(DataSize.ofKilobytes(64));
        assertThat(signaling.maxFrameReadLength()).isEqualTo(DataSize.ofKilobytes(256));
        assertThat(signaling.maxHttpContentLength()).isEqualTo(DataSize.ofKilobytes(64));
        assertThat(signaling.maxPendingOutput()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(coup(environment).http().maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
    }

    @ParameterizedTest(name = "profile [{0}]")
    @ValueSource(strings = {"", "postgres"})
    void get_config_tells_clients_640x480_at_30_fps_the_features_one_stun_server_10_people_and_the_token_times(
            String profile) {
        Environment environment = shippedWith(profile);
        CoupProperties coup = coup(environment);
        CoupProperties.Client client = coup.media().client();

        assertThat(client.defaultVideo()).isEqualTo(new CoupProperties.Video("640x480", 30, true, true));
        assertThat(client.features()).isEqualTo(new CoupProperties.Features(true, true, false, false));
        assertThat(client.iceServers())
                .containsExactly(new CoupProperties.IceServer(List.of("stun:stun.l.google.com:19302"), null, null));
        assertThat(client.supportedBrowsers()).containsExactly("Chrome", "Firefox", "Safari", "Edge");
        assertThat(client.tokenRefreshMargin()).isEqualTo(Duration.ofSeconds(60));
        assertThat(client.apiBaseUrl()).as("derived from each request").isNull();
        assertThat(client.webSocketUrl()).as("derived from each request").isNull();
        assertThat(coup.calls().maxParticipants()).isEqualTo(10);
        assertThat(mesh(environment).ticketTtl()).as("tokenTtlSeconds of mesh").isEqualTo(Duration.ofMinutes(10));
    }
}
