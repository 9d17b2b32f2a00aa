package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.signaling.SignalingStatusView;
import io.coup.videocall.application.port.in.signaling.SignalingStatusView.MemoryView;
import io.coup.videocall.application.port.in.signaling.SignalingStatusView.RoomView;
import io.coup.videocall.application.port.out.SignalingSnapshot;
import io.coup.videocall.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GetSignalingStatusServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private SignalingSnapshot snapshot = new SignalingSnapshot(0, List.of(),
            new SignalingSnapshot.Memory(10, 20, -1, 5), Duration.ZERO);
    private final MutableClock clock = new MutableClock(NOW);
    private final GetSignalingStatusService service = new GetSignalingStatusService(() -> snapshot, clock);

    @Test
    void an_idle_server_has_no_connections_and_no_rooms_and_is_stamped_with_the_clock() {
        SignalingStatusView status = service.status();

        assertThat(status.connections()).isZero();
        assertThat(status.rooms()).isEmpty();
        assertThat(status.memory()).isEqualTo(new MemoryView(10, 20, -1, 5));
        assertThat(status.timestamp()).isEqualTo(NOW);
    }

    @Test
    void rooms_are_listed_busiest_first_then_by_name_and_uptime_is_whole_seconds() {
        snapshot = new SignalingSnapshot(6, List.of(new SignalingSnapshot.Room("b", 1),
                new SignalingSnapshot.Room("c", 3), new SignalingSnapshot.Room("a", 1)),
                new SignalingSnapshot.Memory(1, 2, 3, 4), Duration.ofMillis(90_999));

        SignalingStatusView status = service.status();

        assertThat(status.connections()).isEqualTo(6);
        assertThat(status.rooms()).containsExactly(new RoomView("c", 3), new RoomView("a", 1), new RoomView("b", 1));
        assertThat(status.uptimeSeconds()).isEqualTo(90);
    }
}
