package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignalingPresenceRegistryTest {

    private final SignalingPresenceRegistry registry = new SignalingPresenceRegistry();
    private final RoomId room = RoomId.of("study-s1-a");
    private final UserId ann = UserId.of("ann");
    private final UserId bob = UserId.of("bob");

    @Test
    void an_empty_room_has_nobody_online() {
        assertThat(registry.onlineCount(room)).isZero();
    }

    @Test
    void two_connections_of_one_person_count_once() {
        registry.connected(room, ann, "c1");
        registry.connected(room, ann, "c2");
        registry.connected(room, bob, "c3");

        assertThat(registry.onlineCount(room)).isEqualTo(2);
    }

    @Test
    void a_person_stays_online_until_their_last_connection_goes() {
        registry.connected(room, ann, "c1");
        registry.connected(room, ann, "c2");

        registry.disconnected(room, ann, "c1");
        assertThat(registry.onlineCount(room)).isEqualTo(1);

        registry.disconnected(room, ann, "c2");
        assertThat(registry.onlineCount(room)).isZero();
    }

    @Test
    void a_person_is_connected_to_a_room_while_one_of_their_connections_is_in_it() {
        registry.connected(room, ann, "c1");
        registry.connected(room, ann, "c2");

        registry.disconnected(room, ann, "c1");
        assertThat(registry.connectedTo(room, ann)).isTrue();
        assertThat(registry.connectedTo(room, bob)).isFalse();

        registry.disconnected(room, ann, "c2");
        assertThat(registry.connectedTo(room, ann)).isFalse();
    }

    @Test
    void rooms_do_not_see_each_other() {
        registry.connected(room, ann, "c1");

        assertThat(registry.onlineCount(RoomId.of("study-s1-b"))).isZero();
    }
}
