package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.adapter.in.signaling.testing.TestRedis;
import io.coup.videocall.domain.study.StudyId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes' study presence on one real Redis ({@link TestRedis}): online from the first socket on any node. */
class RedisStudyPresenceTest {

    private static final StudyId ALGO = StudyId.of("algo");
    private static final StudyId MATH = StudyId.of("math");

    private final String prefix = "coup-test-" + UUID.randomUUID() + ":";
    private final Map<RedisStudyPresence, RedissonClient> nodes = new LinkedHashMap<>();
    private RedisStudyPresence one;
    private RedisStudyPresence two;

    private RedisStudyPresence node(Duration ttl) {
        Config config = new Config();
        config.useSingleServer().setAddress(TestRedis.url());
        RedissonClient client = Redisson.create(config);
        RedisStudyPresence presence = new RedisStudyPresence(client, prefix, ttl);
        nodes.put(presence, client);
        return presence;
    }

    @BeforeEach
    void twoNodes() {
        one = node(Duration.ofSeconds(30));
        two = node(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        nodes.forEach((presence, client) -> {
            presence.close(); // a crashed node's removal fails and is logged; its heartbeat stops either way
            if (!client.isShutdown()) {
                client.shutdown();
            }
        });
    }

    @Test
    void a_user_with_a_tab_on_each_node_comes_online_once_and_goes_offline_with_the_last_tab() {
        UUID tab1 = UUID.randomUUID();
        UUID tab2 = UUID.randomUUID();

        assertThat(one.join(tab1, "ann", ALGO)).as("first tab: announce").isTrue();
        assertThat(two.join(tab2, "ann", ALGO)).as("second tab, other node").isFalse();
        assertThat(one.leave(tab1, ALGO)).as("a tab remains on node two").isFalse();
        assertThat(two.drop(tab2)).as("the last tab dropped").containsExactly(ALGO);
        assertThat(one.join(UUID.randomUUID(), "ann", ALGO)).as("back: announced again").isTrue();
    }

    @Test
    void of_simultaneous_first_joins_on_two_nodes_exactly_one_announces() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 50; i++) {
                String user = "user-" + i;
                Callable<Boolean> onOne = () -> one.join(UUID.randomUUID(), user, ALGO);
                Callable<Boolean> onTwo = () -> two.join(UUID.randomUUID(), user, ALGO);
                List<Future<Boolean>> joins = pool.invokeAll(List.of(onOne, onTwo));

                assertThat(joins.get(0).get() ^ joins.get(1).get()).as("exactly one announces %s", user).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_users_studies_are_those_of_their_sockets_on_every_node() {
        one.join(UUID.randomUUID(), "ann", ALGO);
        two.join(UUID.randomUUID(), "ann", MATH);
        two.join(UUID.randomUUID(), "bob", MATH);

        assertThat(one.studiesOfUser("ann")).containsExactlyInAnyOrder(ALGO, MATH);
        assertThat(two.studiesOfUser("bob")).containsExactly(MATH);
        assertThat(one.studiesOfUser("carol")).isEmpty();
    }

    @Test
    void a_node_that_shuts_down_takes_its_sockets_out() {
        two.join(UUID.randomUUID(), "ann", ALGO);

        two.close();

        assertThat(one.studiesOfUser("ann")).isEmpty();
        assertThat(one.join(UUID.randomUUID(), "ann", ALGO)).isTrue();
    }

    @Test
    void a_crashed_nodes_sockets_stop_counting_within_the_ttl_while_a_live_nodes_are_renewed() throws Exception {
        Duration ttl = Duration.ofMillis(900);
        RedisStudyPresence live = node(ttl);
        RedisStudyPresence crashing = node(ttl);
        live.join(UUID.randomUUID(), "ann", MATH);
        crashing.join(UUID.randomUUID(), "bob", MATH);
        TimeUnit.MILLISECONDS.sleep(3 * ttl.toMillis());
        assertThat(live.studiesOfUser("ann")).as("renewed past its TTL").containsExactly(MATH);
        assertThat(live.studiesOfUser("bob")).containsExactly(MATH);

        nodes.get(crashing).shutdown(); // the node's Redis client goes without close(): its entries stay behind
        TimeUnit.MILLISECONDS.sleep(2 * ttl.toMillis());

        assertThat(live.studiesOfUser("bob")).as("expired").isEmpty();
        assertThat(live.join(UUID.randomUUID(), "bob", MATH)).as("bob counts as offline there").isTrue();
        assertThat(live.studiesOfUser("ann")).containsExactly(MATH);
    }
}
