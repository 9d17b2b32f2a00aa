package io.coup.videocall.adapter.in.signaling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SocketTasksTest {

    private final SocketTasks tasks = new SocketTasks(4, 3);

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void one_sockets_events_run_in_arrival_order_and_its_disconnect_runs_last() throws InterruptedException {
        UUID socket = UUID.randomUUID();
        List<Integer> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        SocketTasks roomy = new SocketTasks(4, 1000);
        try {
            IntStream.range(0, 200).forEach(i -> roomy.submit(socket, () -> ran.add(i)));
            roomy.finish(socket, () -> {
                ran.add(-1);
                done.countDown();
            });

            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).hasSize(201).startsWith(0, 1, 2).endsWith(199, -1);
            assertThat(ran.subList(0, 200)).isSorted();
        } finally {
            roomy.shutdown();
        }
    }

    @Test
    void a_socket_with_too_many_events_waiting_is_refused_and_others_are_not_held_up() throws InterruptedException {
        UUID busy = UUID.randomUUID();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        tasks.submit(busy, () -> {
            started.countDown();
            await(release);
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        boolean[] accepted = new boolean[4];
        for (int i = 0; i < 4; i++) {
            accepted[i] = tasks.submit(busy, () -> { });
        }
        CountDownLatch other = new CountDownLatch(1);
        tasks.submit(UUID.randomUUID(), other::countDown);

        assertThat(accepted).containsExactly(true, true, true, false);
        assertThat(other.await(5, TimeUnit.SECONDS)).as("another socket's event runs meanwhile").isTrue();
        release.countDown();
    }

    @Test
    void a_task_that_never_blocks_runs_at_once_on_the_receiving_thread_when_its_lane_is_idle() {
        List<Thread> ranOn = new CopyOnWriteArrayList<>();

        boolean accepted = tasks.runOrSubmit(UUID.randomUUID(), () -> ranOn.add(Thread.currentThread()));

        assertThat(accepted).isTrue();
        assertThat(ranOn).containsExactly(Thread.currentThread());
    }

    @Test
    void behind_a_busy_lane_it_waits_its_turn_and_a_full_lane_refuses_it() throws InterruptedException {
        UUID socket = UUID.randomUUID();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        tasks.submit(socket, () -> {
            started.countDown();
            await(release);
            ran.add("join-room");
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CountDownLatch done = new CountDownLatch(1);

        boolean relayAccepted = tasks.runOrSubmit(socket, () -> ran.add("relay"));
        tasks.submit(socket, () -> ran.add("toggle"));
        tasks.submit(socket, done::countDown);
        boolean overflowAccepted = tasks.runOrSubmit(socket, () -> ran.add("overflow"));

        assertThat(ran).as("nothing overtook the running task").isEmpty();
        release.countDown();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(relayAccepted).isTrue();
        assertThat(overflowAccepted).isFalse();
        assertThat(ran).containsExactly("join-room", "relay", "toggle");
    }

    @Test
    void what_another_thread_adds_while_a_task_runs_on_the_receiving_thread_waits_for_it() throws InterruptedException {
        UUID socket = UUID.randomUUID();
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch kicked = new CountDownLatch(1);

        tasks.runOrSubmit(socket, () -> {
            Thread other = new Thread(() -> tasks.submit(socket, () -> {
                ran.add("kick");
                kicked.countDown();
            }));
            other.start();
            join(other);
            assertThat(await(kicked, 200)).as("the kick waits for the relay").isFalse();
            ran.add("relay");
        });

        assertThat(kicked.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("relay", "kick");
    }

    private static void join(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean await(CountDownLatch latch, long millis) {
        try {
            return latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
