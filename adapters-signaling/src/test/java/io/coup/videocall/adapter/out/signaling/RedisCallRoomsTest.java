package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.adapter.in.signaling.testing.TestRedis;
import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes' room directories on one real Redis ({@link TestRedis}). */
class RedisCallRoomsTest {

    private static final Instant ISSUED = Instant.parse("2026-12-04T08:00:00.123Z");

    private final RoomId room = RoomId.of("study-s1-a");
    private final UserId bob = UserId.of("bob");
    private RedissonClient client;
    private RedisCallRooms one;
    private RedisCallRooms two;

    private final String prefix = "coup-test-" + UUID.randomUUID() + ":";

    private static RedissonClient client() {
        Config config = new Config();
        config.useSingleServer().setAddress(TestRedis.url());
        return Redisson.create(config);
    }

    @BeforeEach
    void twoNodes() {
        client = client();
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
        two.describe(room, "c2", Map.of("socketId", "c2", "userId", "bob", "isMuted", false), connection("c2"));

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
        two.describe(room, "c2", Map.of("socketId", "c2", "userId", "bob"), connection("c2"));

        two.close();

        assertThat(one.connectedTo(room, bob)).isFalse();
        assertThat(one.participants(room)).isEmpty();
        assertThat(one.connections(room)).isEmpty();
    }

    @Test
    void every_node_lists_the_media_connections_of_every_nodes_sockets_apart_from_their_room_state() {
        LiveConnection ticket = new LiveConnection("ticket-7", bob, true, ISSUED, ISSUED.plusSeconds(3));
        two.describe(room, "c2", Map.of("socketId", "c2", "userId", "bob", "isMuted", true), ticket);
        one.describe(room, "c1", Map.of("socketId", "c1", "userId", "ann"),
                new LiveConnection("c1", UserId.of("ann"), true, ISSUED, ISSUED));

        assertThat(one.connections(room)).containsExactlyInAnyOrder(ticket,
                new LiveConnection("c1", UserId.of("ann"), true, ISSUED, ISSUED));
        assertThat(one.participants(room)).containsExactlyInAnyOrder(
                Map.of("socketId", "c2", "userId", "bob", "isMuted", true), Map.of("socketId", "c1", "userId", "ann"));
        assertThat(two.connections(RoomId.of("study-s1-b"))).isEmpty();

        two.disconnected(room, bob, "c2");

        assertThat(one.connections(room)).extracting(LiveConnection::connectionId).containsExactly("c1");
    }

    @Test
    void a_live_nodes_entries_outlive_the_ttl_and_a_crashed_nodes_vanish_within_it() throws InterruptedException {
        Duration ttl = Duration.ofMillis(900);
        RedissonClient crashing = client();
        RedisCallRooms live = new RedisCallRooms(client, prefix + "ttl:", ttl);
        RedisCallRooms crashed = new RedisCallRooms(crashing, prefix + "ttl:", ttl);
        try {
            live.describe(room, "c1", Map.of("socketId", "c1", "userId", "ann"),
                    new LiveConnection("c1", UserId.of("ann"), true, ISSUED, ISSUED));
            crashed.describe(room, "c2", Map.of("socketId", "c2", "userId", "bob"), connection("c2"));
            TimeUnit.MILLISECONDS.sleep(3 * ttl.toMillis());
            assertThat(live.onlineCount(room)).as("both renewed past their TTL").isEqualTo(2);

            crashing.shutdown(); // no close(): its entries stay behind, unrenewed

            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * ttl.toMillis());
            while (live.connectedTo(room, bob) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            assertThat(live.connectedTo(room, bob)).as("the crashed node's entry expired").isFalse();
            assertThat(live.roomOf("c2")).isEmpty();
            assertThat(live.connections(room)).extracting(LiveConnection::connectionId).containsExactly("c1");
        } finally {
            live.close();
        }
    }

    private LiveConnection connection(String socketId) {
        return new LiveConnection(socketId, bob, true, ISSUED, ISSUED);
    }
}
