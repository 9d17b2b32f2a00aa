package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.adapter.in.signaling.testing.TestRedis;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes' room directories on one real Redis ({@link TestRedis}). */
class RedisCallRoomsTest {

    private final RoomId room = RoomId.of("study-s1-a");
    private final UserId bob = UserId.of("bob");
    private RedissonClient client;
    private RedisCallRooms one;
    private RedisCallRooms two;

    @BeforeEach
    void twoNodes() {
        Config config = new Config();
        config.useSingleServer().setAddress(TestRedis.url());
        client = Redisson.create(config);
        String prefix = "coup-test-" + UUID.randomUUID() + ":";
        one = new RedisCallRooms(client, prefix, Duration.ofSeconds(30));
        two = new RedisCallRooms(client, prefix, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            one.close();
            two.close();
            client.shutdown();
        }
    }

    @Test
    void a_user_connected_on_one_node_is_in_the_room_for_every_node_until_that_connection_goes() {
        two.connected(room, bob, "c2");
        two.describe(room, "c2", Map.of("socketId", "c2", "userId", "bob", "isMuted", false));

        assertThat(one.connectedTo(room, bob)).isTrue();
        assertThat(one.connectedTo(room, UserId.of("ann"))).isFalse();
        assertThat(one.connectedTo(RoomId.of("study-s1-b"), bob)).isFalse();
        assertThat(one.onlineCount(room)).isEqualTo(1);
        assertThat(one.roomOf("c2")).contains(room);

        two.disconnected(room, bob, "c2");

        assertThat(one.connectedTo(room, bob)).isFalse();
        assertThat(one.onlineCount(room)).isZero();
    }

    @Test
    void a_node_that_shuts_down_takes_its_connections_out_of_the_rooms() {
        two.describe(room, "c2", Map.of("socketId", "c2", "userId", "bob"));

        two.close();

        assertThat(one.connectedTo(room, bob)).isFalse();
        assertThat(one.participants(room)).isEmpty();
    }
}
