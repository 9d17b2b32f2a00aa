package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.application.port.in.NotFoundException;
import io.coup.videocall.application.port.in.call.DisconnectCommand;
import io.coup.videocall.application.port.in.call.RecordDisconnectUseCase;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class GraceOnDisconnectTest {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Instant DROPPED = Instant.parse("2026-11-23T10:00:00.123Z");
    private static final CallMembership CALL = new CallMembership(StudyId.of("algo"), SessionId.of("s1"),
            RoomId.of("study-algo-s1"));
    private static final CallMembership OTHER_CALL = new CallMembership(StudyId.of("algo"), SessionId.of("s2"),
            RoomId.of("study-algo-s2"));
    private static final UserId ANN = UserId.of("ann");
    private static final UserId BOB = UserId.of("bob");

    /** The grace's time, moved by the test: a task runs only when the test says the grace is over. */
    private static final class ManualTimer implements GraceOnDisconnect.Timer {
        final List<FutureTask<?>> tasks = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();
        boolean stopped;

        @Override
        public Future<?> schedule(Runnable task, Duration delay) {
            FutureTask<?> future = new FutureTask<>(task, null);
            tasks.add(future);
            delays.add(delay);
            return future;
        }

        void graceOver() {
            List.copyOf(tasks).forEach(FutureTask::run);
        }
    }

    private final List<DisconnectCommand> recorded = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> backInRoom = new HashSet<>();
    private final ManualTimer timer = new ManualTimer();
    private RuntimeException failure;
    private final RecordDisconnectUseCase recordDisconnect = command -> {
        if (failure != null) {
            throw failure;
        }
        recorded.add(command);
    };

    private GraceOnDisconnect grace(Duration grace) {
        return new GraceOnDisconnect(recordDisconnect, grace, timer,
                (room, user) -> backInRoom.contains(room.value() + "/" + user.value()), () -> timer.stopped = true,
                Duration.ofSeconds(5));
    }

    @Test
    void a_drop_is_recorded_only_once_the_grace_is_over_and_at_the_instant_of_the_drop() {
        GraceOnDisconnect handling = grace(GRACE);

        handling.lastSocketDropped(CALL, ANN, DROPPED);

        assertThat(recorded).isEmpty();
        assertThat(timer.delays).containsExactly(GRACE);
        assertThat(handling.waiting()).isEqualTo(1);
        timer.graceOver();
        assertThat(recorded).containsExactly(new DisconnectCommand(CALL.studyId(), CALL.sessionId(), ANN, DROPPED));
        assertThat(handling.waiting()).isZero();
    }

    @Test
    void a_rejoin_of_the_same_room_within_the_grace_forgets_the_drop() {
        GraceOnDisconnect handling = grace(GRACE);
        handling.lastSocketDropped(CALL, ANN, DROPPED);

        handling.rejoining(CALL, ANN);
        timer.graceOver();

        assertThat(recorded).isEmpty();
        assertThat(handling.waiting()).isZero();
        assertThat(timer.tasks.get(0).isCancelled()).isTrue();
    }

    @Test
    void joining_another_room_or_another_user_rejoining_keeps_the_drop() {
        GraceOnDisconnect handling = grace(GRACE);
        handling.lastSocketDropped(CALL, ANN, DROPPED);

        handling.rejoining(OTHER_CALL, ANN);
        handling.rejoining(CALL, BOB);
        timer.graceOver();

        assertThat(recorded).extracting(DisconnectCommand::userId).containsExactly(ANN);
    }

    @Test
    void a_user_back_in_the_room_when_the_grace_ends_is_not_recorded_even_if_the_rejoin_raced_the_drop() {
        GraceOnDisconnect handling = grace(GRACE);
        handling.lastSocketDropped(CALL, ANN, DROPPED);
        backInRoom.add(CALL.roomId().value() + "/ann");

        timer.graceOver();

        assertThat(recorded).isEmpty();
    }

    @Test
    void a_room_directory_that_cannot_answer_when_the_grace_ends_gets_the_drop_recorded() {
        GraceOnDisconnect handling = new GraceOnDisconnect(recordDisconnect, GRACE, timer, (room, user) -> {
            throw new IllegalStateException("Redis is down");
        }, () -> timer.stopped = true, Duration.ofSeconds(5));
        handling.lastSocketDropped(CALL, ANN, DROPPED);

        timer.graceOver();

        assertThat(recorded).containsExactly(new DisconnectCommand(CALL.studyId(), CALL.sessionId(), ANN, DROPPED));
        assertThat(handling.waiting()).isZero();
    }

    @Test
    void drops_of_two_users_are_recorded_each_at_its_own_instant() {
        GraceOnDisconnect handling = grace(GRACE);
        handling.lastSocketDropped(CALL, ANN, DROPPED);
        handling.lastSocketDropped(CALL, BOB, DROPPED.plusSeconds(4));

        timer.graceOver();

        assertThat(recorded).extracting(DisconnectCommand::disconnectedAt).containsExactly(DROPPED, DROPPED.plusSeconds(4));
    }

    @Test
    void a_second_drop_without_a_rejoin_seen_replaces_the_first() {
        GraceOnDisconnect handling = grace(GRACE);
        handling.lastSocketDropped(CALL, ANN, DROPPED);
        handling.lastSocketDropped(CALL, ANN, DROPPED.plusSeconds(2));

        timer.graceOver();

        assertThat(recorded).extracting(DisconnectCommand::disconnectedAt).containsExactly(DROPPED.plusSeconds(2));
    }

    @Test
    void a_zero_grace_records_the_drop_at_once() {
        grace(Duration.ZERO).lastSocketDropped(CALL, ANN, DROPPED);

        assertThat(recorded).containsExactly(new DisconnectCommand(CALL.studyId(), CALL.sessionId(), ANN, DROPPED));
        assertThat(timer.tasks).isEmpty();
    }

    @Test
    void on_shutdown_waiting_drops_are_recorded_at_their_instant_and_later_ones_at_once() {
        GraceOnDisconnect handling = grace(GRACE);
        handling.lastSocketDropped(CALL, ANN, DROPPED);

        handling.shutdown();

        assertThat(recorded).containsExactly(new DisconnectCommand(CALL.studyId(), CALL.sessionId(), ANN, DROPPED));
        assertThat(timer.stopped).isTrue();
        handling.lastSocketDropped(CALL, BOB, DROPPED.plusSeconds(1));
        assertThat(recorded).extracting(DisconnectCommand::userId).containsExactly(ANN, BOB);
        timer.graceOver();
        assertThat(recorded).hasSize(2);
    }

    @Test
    void a_rejoin_arriving_while_the_drop_is_being_recorded_waits_for_it_so_the_join_comes_after()
            throws InterruptedException {
        CountDownLatch recording = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        GraceOnDisconnect handling = new GraceOnDisconnect(command -> {
            recording.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            order.add("recorded");
        }, GRACE, timer, (room, user) -> false, () -> { }, Duration.ofSeconds(5));
        handling.lastSocketDropped(CALL, ANN, DROPPED);
        Thread graceThread = new Thread(timer::graceOver);
        graceThread.start();
        assertThat(recording.await(5, TimeUnit.SECONDS)).isTrue();

        Thread rejoin = new Thread(() -> {
            handling.rejoining(CALL, ANN);
            order.add("rejoined");
        });
        rejoin.start();
        rejoin.join(200);
        assertThat(order).as("the rejoin waits while the drop is recorded").isEmpty();
        release.countDown();
        rejoin.join(5_000);
        graceThread.join(5_000);

        assertThat(order).containsExactly("recorded", "rejoined");
    }

    @Test
    void a_database_that_hangs_at_shutdown_does_not_hold_the_shutdown_beyond_the_flush_timeout() {
        CountDownLatch never = new CountDownLatch(1);
        GraceOnDisconnect handling = new GraceOnDisconnect(command -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, GRACE, timer, (room, user) -> false, () -> timer.stopped = true, Duration.ofMillis(100));
        handling.lastSocketDropped(CALL, ANN, DROPPED);
        long start = System.nanoTime();

        handling.shutdown();

        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(3).toNanos());
        assertThat(timer.stopped).isTrue();
        never.countDown();
    }

    @Test
    void a_drop_that_can_no_longer_be_recorded_is_skipped_quietly() {
        GraceOnDisconnect handling = grace(GRACE);
        handling.lastSocketDropped(CALL, ANN, DROPPED);
        failure = new NotFoundException(ErrorCode.SESSION_NOT_FOUND, "ended");

        timer.graceOver();

        assertThat(handling.waiting()).isZero();
    }

    @Test
    void the_production_timer_waits_the_configured_grace_on_its_own_thread() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        List<DisconnectCommand> seen = Collections.synchronizedList(new ArrayList<>());
        GraceOnDisconnect handling = GraceOnDisconnect.withExecutor(command -> {
            seen.add(command);
            done.countDown();
        }, Duration.ofMillis(50), (room, user) -> false);
        long start = System.nanoTime();

        handling.lastSocketDropped(CALL, ANN, DROPPED);

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
        assertThat(seen).extracting(DisconnectCommand::disconnectedAt).containsExactly(DROPPED);
        handling.shutdown();
    }
}
