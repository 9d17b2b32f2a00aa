package io.coup.videocall.bootstrap.liveness;

import io.coup.videocall.application.port.in.liveness.ReapedView;
import io.coup.videocall.application.testing.MutableClock;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The reaper runs under the cluster lock, and never right after this node lost the database. */
class LivenessScheduleTest {

    private static final Duration STALE_AFTER = Duration.ofSeconds(90);
    private static final Duration REAPER_INTERVAL = Duration.ofSeconds(60);

    private final MutableClock wallClock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final List<LockConfiguration> locked = new ArrayList<>();
    private boolean databaseDown;
    private boolean lockTakenElsewhere;
    private int heartbeats;
    private int reaps;

    private final LockProvider locks = config -> {
        if (databaseDown) {
            throw new DataAccessResourceFailureException("connection refused");
        }
        if (lockTakenElsewhere) {
            return Optional.empty();
        }
        locked.add(config);
        return Optional.of((SimpleLock) () -> { });
    };

    private final LivenessSchedule schedule = new LivenessSchedule(
            () -> {
                if (databaseDown) {
                    throw new DataAccessResourceFailureException("connection refused");
                }
                return ++heartbeats;
            },
            () -> {
                reaps++;
                return new ReapedView(0, 0);
            },
            new DefaultLockingTaskExecutor(locks), STALE_AFTER, REAPER_INTERVAL, wallClock);

    @Test
    void the_reaper_runs_under_the_named_lock_kept_half_an_interval_at_least_and_five_at_most() {
        schedule.reap();

        assertThat(reaps).isEqualTo(1);
        assertThat(locked).singleElement().satisfies(config -> {
            assertThat(config.getName()).isEqualTo("stale-session-reaper");
            assertThat(config.getLockAtLeastFor()).isEqualTo(Duration.ofSeconds(30));
            assertThat(config.getLockAtMostFor()).isEqualTo(Duration.ofMinutes(5));
        });
    }

    @Test
    void a_node_without_the_lock_does_not_reap() {
        lockTakenElsewhere = true;

        schedule.reap();

        assertThat(reaps).isZero();
    }

    @Test
    void after_a_failed_heartbeat_the_reaper_waits_the_stale_time_so_every_node_can_report_again() {
        databaseDown = true;
        schedule.sendHeartbeat();
        databaseDown = false;
        schedule.sendHeartbeat();

        wallClock.advanceSeconds(89);
        schedule.reap();
        assertThat(reaps).as("held off").isZero();

        wallClock.advanceSeconds(1);
        schedule.reap();
        assertThat(reaps).isEqualTo(1);
        assertThat(heartbeats).isEqualTo(1);
    }

    @Test
    void a_reaper_run_that_could_not_reach_the_database_holds_the_next_runs_off_too() {
        databaseDown = true;
        schedule.reap();
        databaseDown = false;

        wallClock.advanceSeconds(60);
        schedule.reap();
        assertThat(reaps).isZero();

        wallClock.advanceSeconds(30);
        schedule.reap();
        assertThat(reaps).isEqualTo(1);
    }
}
