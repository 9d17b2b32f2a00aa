package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.adapter.in.signaling.testing.TestRedis;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes' kick channels on one real Redis ({@link TestRedis}): a kick published on one node reaches both. */
class RedisKickChannelTest {

    private static final UserId BOB = UserId.of("bob");
    private static final SessionId SESSION = SessionId.of("s1");

    private record Evicted(String node, UserId user, SessionId sessionId) {
    }

    private final String prefix = "coup-test-" + UUID.randomUUID() + ":";
    private final List<Evicted> evicted = new CopyOnWriteArrayList<>();
    private RedissonClient clientOne;
    private RedissonClient clientTwo;
    private RedisKickChannel one;
    private RedisKickChannel two;

    @BeforeEach
    void twoNodes() {
        String url = TestRedis.url();
        clientOne = client(url);
        clientTwo = client(url);
        one = new RedisKickChannel(clientOne, prefix);
        two = new RedisKickChannel(clientTwo, prefix);
    }

    @AfterEach
    void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {one, two}) {
            if (closing != null) {
                try {
                    closing.close();
                } catch (Exception ignored) {
                    // the client goes next anyway
                }
            }
        }
        if (clientOne != null) {
            clientOne.shutdown();
        }
        if (clientTwo != null) {
            clientTwo.shutdown();
        }
    }

    @Test
    void a_kick_published_on_one_node_is_carried_out_on_every_node_the_publisher_included()
            throws InterruptedException {
        CountDownLatch both = new CountDownLatch(2);
        one.subscribe((user, session) -> record("one", user, session, both));
        two.subscribe((user, session) -> record("two", user, session, both));

        one.publish(BOB, SESSION);

        assertThat(both.await(5, TimeUnit.SECONDS)).as("evictions %s", evicted).isTrue();
        assertThat(evicted)
                .containsExactlyInAnyOrder(new Evicted("one", BOB, SESSION), new Evicted("two", BOB, SESSION));
    }

    @Test
    void a_malformed_message_on_the_topic_is_ignored_and_later_kicks_still_arrive() throws InterruptedException {
        CountDownLatch kicked = new CountDownLatch(1);
        two.subscribe((user, session) -> record("two", user, session, kicked));

        clientOne.getTopic(prefix + "kicks", StringCodec.INSTANCE).publish("not json");
        clientOne.getTopic(prefix + "kicks", StringCodec.INSTANCE).publish("{\"userId\":\"\",\"sessionId\":\"s1\"}");
        one.publish(BOB, SESSION);

        assertThat(kicked.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(evicted).containsExactly(new Evicted("two", BOB, SESSION));
    }

    @Test
    void a_closed_channel_hears_no_more_kicks() throws InterruptedException {
        CountDownLatch onOne = new CountDownLatch(1);
        one.subscribe((user, session) -> record("one", user, session, onOne));
        two.subscribe((user, session) -> record("two", user, session, new CountDownLatch(1)));
        two.close();

        one.publish(BOB, SESSION);

        assertThat(onOne.await(5, TimeUnit.SECONDS)).isTrue();
        TimeUnit.MILLISECONDS.sleep(300); // what node two would have heard arrives with node one's
        assertThat(evicted).containsExactly(new Evicted("one", BOB, SESSION));
    }

    private void record(String node, UserId user, SessionId session, CountDownLatch done) {
        evicted.add(new Evicted(node, user, session));
        done.countDown();
    }

    private static RedissonClient client(String url) {
        Config config = new Config();
        config.useSingleServer().setAddress(url);
        return Redisson.create(config);
    }
}
