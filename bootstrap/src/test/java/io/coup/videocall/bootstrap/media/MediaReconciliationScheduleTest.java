package io.coup.videocall.bootstrap.media;

import io.coup.videocall.application.port.in.media.ReconcileMediaUseCase;
import io.coup.videocall.application.port.in.media.ReconciliationView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class MediaReconciliationScheduleTest {

    @Test
    void the_first_round_runs_at_start_and_the_next_ones_after_each_interval() throws InterruptedException {
        CountDownLatch rounds = new CountDownLatch(3);
        MediaReconciliationSchedule schedule = new MediaReconciliationSchedule(() -> {
            rounds.countDown();
            return new ReconciliationView(0, 0, 0, 0);
        }, Duration.ofMillis(50));

        schedule.start();
        try {
            assertThat(schedule.isRunning()).isTrue();
            assertThat(rounds.await(5, TimeUnit.SECONDS)).as("three rounds").isTrue();
        } finally {
            schedule.stop();
        }
        assertThat(schedule.isRunning()).isFalse();
    }

    @Test
    void a_failing_round_does_not_stop_the_schedule() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch afterFailure = new CountDownLatch(1);
        ReconcileMediaUseCase failingOnce = () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            afterFailure.countDown();
            return new ReconciliationView(1, 0, 0, 1);
        };
        MediaReconciliationSchedule schedule = new MediaReconciliationSchedule(failingOnce, Duration.ofMillis(50));

        schedule.start();
        try {
            assertThat(afterFailure.await(5, TimeUnit.SECONDS)).as("a round after the failed one").isTrue();
        } finally {
            schedule.stop();
        }
    }

    @Test
    void nothing_runs_after_stop() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        MediaReconciliationSchedule schedule = new MediaReconciliationSchedule(() -> {
            calls.incrementAndGet();
            return new ReconciliationView(0, 0, 0, 0);
        }, Duration.ofHours(1));

        schedule.start();
        Thread.sleep(200);
        schedule.stop();
        Thread.sleep(100);

        assertThat(calls.get()).as("only the start-up round").isEqualTo(1);
    }
}
