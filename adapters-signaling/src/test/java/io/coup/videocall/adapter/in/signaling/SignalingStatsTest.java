package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.application.port.out.SignalingSnapshot;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SignalingStatsTest {

    private final ConnectedSockets sockets = new ConnectedSockets();
    private final SignalingStats stats = new SignalingStats(sockets);

    @Test
    void counts_authenticated_sockets_and_the_sockets_of_each_call_room() {
        CallMembership call = new CallMembership(StudyId.of("algo"), SessionId.of("s1"), RoomId.of("study-algo-s1"));
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        sockets.authenticated(a, new SocketUser("ann", null, null), Instant.EPOCH);
        sockets.authenticated(b, new SocketUser("ann", null, null), Instant.EPOCH);
        sockets.authenticated(UUID.randomUUID(), new SocketUser("bob", null, null), Instant.EPOCH);
        sockets.joined(a, call, false, false);
        sockets.joined(b, call, false, false);

        SignalingSnapshot snapshot = stats.snapshot();

        assertThat(snapshot.connections()).isEqualTo(3);
        assertThat(snapshot.rooms()).containsExactly(new SignalingSnapshot.Room("study-algo-s1", 2));
        assertThat(snapshot.memory().heapUsed()).isPositive();
        assertThat(snapshot.uptime().isNegative()).isFalse();
    }
}
