package io.coup.videocall.bootstrap.liveness;

import io.coup.videocall.application.port.in.liveness.ReapStaleParticipantsUseCase;
import io.coup.videocall.application.port.in.liveness.ReapedView;
import io.coup.videocall.application.port.in.liveness.RecordHeartbeatUseCase;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * SPEC §6.3 on a schedule. Every node sends its heartbeat; the reaper runs on whichever node holds the cluster-wide
 * lock {@value #LOCK} (ShedLock, a database row), so one node at a time acts.
 *
 * <p>A database outage stops every node's heartbeat at once, so right after it every report is old: the reaper would
 * close everyone. So after this node failed to reach the database (heartbeat or reaper), its reaper closes nobody for
 * {@code staleAfter}: by then every node's heartbeat (retried each interval) has written again.
 */
public class LivenessSchedule {

    static final String LOCK = "stale-session-reaper";

    private static final Logger log = LoggerFactory.getLogger(LivenessSchedule.class);

    private final RecordHeartbeatUseCase heartbeat;
    private final ReapStaleParticipantsUseCase reaper;
    private final LockingTaskExecutor locks;
    private final Duration staleAfter;
    private final Duration lockAtMostFor;
    private final Duration lockAtLeastFor;
    private final Clock wallClock;
    private volatile Instant lastDatabaseFailure;

    /**
     * @param reaperInterval the reaper's period: the lock is kept at least half of it (other nodes skip their run in
     *                       that interval) and at most five times it (a node that died holding it delays reaping)
     * @param wallClock real time, for the hold-off after a failure (never a test's clock)
     */
    public LivenessSchedule(RecordHeartbeatUseCase heartbeat, ReapStaleParticipantsUseCase reaper,
                            LockingTaskExecutor locks, Duration staleAfter, Duration reaperInterval, Clock wallClock) {
        this.heartbeat = heartbeat;
        this.reaper = reaper;
        this.locks = locks;
        this.staleAfter = staleAfter;
        this.lockAtMostFor = reaperInterval.multipliedBy(5);
        this.lockAtLeastFor = reaperInterval.dividedBy(2);
        this.wallClock = wallClock;
    }

    /** Marks this node's connected participants as seen; a failure is remembered for the reaper's hold-off. */
    public void sendHeartbeat() {
        try {
            heartbeat.recordHeartbeat();
        } catch (RuntimeException e) {
            databaseFailed("heartbeat", e);
        }
    }

    /** Runs the reaper if this node gets the lock and has not just recovered from a database failure. */
    public void reap() {
        Instant failure = lastDatabaseFailure;
        if (failure != null && wallClock.instant().isBefore(failure.plus(staleAfter))) {
            log.info("Reaper held off until {}: the database was unreachable at {}", failure.plus(staleAfter), failure);
            return;
        }
        try {
            locks.executeWithLock((Runnable) this::reapNow,
                    new LockConfiguration(wallClock.instant(), LOCK, lockAtMostFor, lockAtLeastFor));
        } catch (RuntimeException e) {
            databaseFailed("reaper", e);
        }
    }

    private void reapNow() {
        ReapedView reaped = reaper.reapStale();
        if (reaped.participants() > 0 || reaped.endedCalls() > 0) {
            log.info("Reaper closed {} participant(s) and ended {} call(s)", reaped.participants(), reaped.endedCalls());
        }
    }

    private void databaseFailed(String task, RuntimeException e) {
        lastDatabaseFailure = wallClock.instant();
        log.warn("The {} failed; the reaper holds off for {}: {}", task, staleAfter, e.toString());
    }
}
