package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SignalingMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ConnectedSockets sockets = new ConnectedSockets();
    private final SignalingMetrics metrics = SignalingMetrics.of(registry, sockets);
    private final CallMembership call = new CallMembership(StudyId.of("algo"), SessionId.of("s1"), RoomId.of("study-algo-s1"));

    @Test
    void gauges_follow_the_connected_sockets_and_their_rooms() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        sockets.authenticated(a, new SocketUser("ann", null, null), Instant.EPOCH);
        sockets.authenticated(b, new SocketUser("bob", null, null), Instant.EPOCH);
        sockets.joined(a, call, false, false);

        assertThat(registry.get(SignalingMetrics.CONNECTIONS).gauge().value()).isEqualTo(2);
        assertThat(registry.get(SignalingMetrics.ROOMS).gauge().value()).isEqualTo(1);
        sockets.remove(a);
        assertThat(registry.get(SignalingMetrics.CONNECTIONS).gauge().value()).isEqualTo(1);
        assertThat(registry.get(SignalingMetrics.ROOMS).gauge().value()).isZero();
    }

    @Test
    void relays_are_counted_by_event_and_their_latency_timed() {
        long received = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(3);

        metrics.relayed(CallSignaling.OFFER, received);
        metrics.relayed(CallSignaling.OFFER, received);
        metrics.relayed(CallSignaling.ICE_CANDIDATE, received);

        assertThat(registry.get(SignalingMetrics.RELAYED).tag("event", "video:offer").counter().count()).isEqualTo(2);
        assertThat(registry.get(SignalingMetrics.RELAYED).tag("event", "video:ice-candidate").counter().count()).isEqualTo(1);
        Timer latency = registry.get(SignalingMetrics.RELAY_LATENCY).tag("event", "video:offer").timer();
        assertThat(latency.count()).isEqualTo(2);
        assertThat(latency.max(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void refusals_are_counted_by_code_and_event() {
        metrics.refused(CallSignaling.JOIN_ROOM, ErrorCode.NOT_STUDY_MEMBER);
        metrics.refused(CallSignaling.TOGGLE_AUDIO, ErrorCode.RATE_LIMITED);
        metrics.refused(CallSignaling.TOGGLE_AUDIO, ErrorCode.RATE_LIMITED);

        assertThat(registry.get(SignalingMetrics.REFUSED).tag("code", "RATE_LIMITED").counter().count()).isEqualTo(2);
        assertThat(registry.get(SignalingMetrics.REFUSED).tag("code", "NOT_STUDY_MEMBER")
                .tag("event", "video:join-room").counter().count()).isEqualTo(1);
    }

    @Test
    void without_a_registry_nothing_is_measured_and_nothing_fails() {
        SignalingMetrics none = SignalingMetrics.none();

        none.relayed(CallSignaling.OFFER, System.nanoTime());
        none.refused(CallSignaling.OFFER, ErrorCode.PARTICIPANT_NOT_FOUND);

        assertThat(registry.getMeters()).extracting(m -> m.getId().getName())
                .containsOnly(SignalingMetrics.CONNECTIONS, SignalingMetrics.ROOMS);
    }
}
