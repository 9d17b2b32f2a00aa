package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.adapter.in.signaling.testing.TestRedis;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
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

/** Two nodes' socket command channels on one real Redis ({@link TestRedis}): a command published on one reaches both. */
class RedisSocketCommandsTest {

    private static final SocketCommand.Kick KICK = new SocketCommand.Kick(UserId.of("bob"), SessionId.of("s1"));

    private record Received(String node, SocketCommand command) {
    }

    private final String prefix = "coup-test-" + UUID.randomUUID() + ":";
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private RedissonClient clientOne;
    private RedissonClient clientTwo;
    private RedisSocketCommands one;
    private RedisSocketCommands two;

    @BeforeEach
    void twoNodes() {
        String url = TestRedis.url();
        clientOne = client(url);
        clientTwo = client(url);
        one = new RedisSocketCommands(clientOne, prefix);
        two = new RedisSocketCommands(clientTwo, prefix);
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
    void every_kind_of_command_published_on_one_node_is_carried_out_on_every_node_the_publisher_included()
            throws InterruptedException {
        List<SocketCommand> commands = List.of(KICK, new SocketCommand.Disconnect("ticket-1"),
                new SocketCommand.CloseTickets(RoomId.of("study-algo-1")),
                new SocketCommand.EndMembership(UserId.of("bob"), StudyId.of("algo")));
        CountDownLatch all = new CountDownLatch(2 * commands.size());
        one.subscribe(command -> record("one", command, all));
        two.subscribe(command -> record("two", command, all));

        commands.forEach(one::publish);

        assertThat(all.await(5, TimeUnit.SECONDS)).as("received %s", received).isTrue();
        assertThat(received).filteredOn(r -> r.node().equals("one")).extracting(Received::command)
                .containsExactlyElementsOf(commands);
        assertThat(received).filteredOn(r -> r.node().equals("two")).extracting(Received::command)
                .containsExactlyElementsOf(commands);
    }

    @Test
    void a_malformed_message_on_the_topic_is_ignored_and_later_commands_still_arrive() throws InterruptedException {
        CountDownLatch kicked = new CountDownLatch(1);
        two.subscribe(command -> record("two", command, kicked));

        clientOne.getTopic(prefix + "socket-commands", StringCodec.INSTANCE).publish("not json");
        clientOne.getTopic(prefix + "socket-commands", StringCodec.INSTANCE)
                .publish("{\"type\":\"kick\",\"user\":{\"value\":\"\"},\"sessionId\":{\"value\":\"s1\"}}");
        clientOne.getTopic(prefix + "socket-commands", StringCodec.INSTANCE).publish("{\"type\":\"shutdown\"}");
        one.publish(KICK);

        assertThat(kicked.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(received).containsExactly(new Received("two", KICK));
    }

    @Test
    void a_handler_that_fails_does_not_keep_the_command_from_the_others() throws InterruptedException {
        CountDownLatch heard = new CountDownLatch(1);
        two.subscribe(command -> {
            throw new IllegalStateException("this node's sockets are in trouble");
        });
        two.subscribe(command -> record("two", command, heard));

        one.publish(KICK);

        assertThat(heard.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(received).containsExactly(new Received("two", KICK));
    }

    @Test
    void a_closed_channel_hears_no_more_commands() throws InterruptedException {
        CountDownLatch onOne = new CountDownLatch(1);
        one.subscribe(command -> record("one", command, onOne));
        two.subscribe(command -> record("two", command, new CountDownLatch(1)));
        two.close();

        one.publish(KICK);

        assertThat(onOne.await(5, TimeUnit.SECONDS)).isTrue();
        TimeUnit.MILLISECONDS.sleep(300); // what node two would have heard arrives with node one's
        assertThat(received).containsExactly(new Received("one", KICK));
    }

    private void record(String node, SocketCommand command, CountDownLatch done) {
        received.add(new Received(node, command));
        done.countDown();
    }

    private static RedissonClient client(String url) {
        Config config = new Config();
        config.useSingleServer().setAddress(url);
        return Redisson.create(config);
    }
}
