package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.application.port.in.call.DisconnectCommand;
import io.coup.videocall.application.port.in.call.RecordDisconnectUseCase;
import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.user.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The reconnect grace of SPEC §6.4. When a user's last socket in a call room drops, the disconnect is not recorded
 * at once but {@code grace} later; a rejoin of the same room meanwhile forgets it, so attendance stays one segment.
 * Otherwise it is recorded through {@link RecordDisconnectUseCase} at the instant of the drop (the service clock
 * then), closing the segment there with reason DISCONNECTED. On shutdown every drop still waiting is recorded at
 * once, at its own instant, so no segment is left open for the reaper — for at most {@code flushTimeout}: a database
 * already gone must not hold the shutdown (what is left then is closed by the reaper of SPEC §6.3).
 */
class GraceOnDisconnect implements DisconnectHandling {

    private static final Logger log = LoggerFactory.getLogger(GraceOnDisconnect.class);

    /** How long the shutdown waits for the drops still waiting to be recorded. */
    static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(5);

    /** Runs a task after a delay; production uses a {@link ScheduledExecutorService}, tests a hand-moved timer. */
    @FunctionalInterface
    interface Timer {
        Future<?> schedule(Runnable task, Duration delay);
    }

    private record Key(RoomId room, UserId user) {
    }

    /** One drop waiting for its grace to pass. Its monitor makes "record" and "forget" exclusive. */
    private static final class Pending {
        private final CallMembership call;
        private final UserId user;
        private final Instant droppedAt;
        private Future<?> timer;
        private boolean settled;

        Pending(CallMembership call, UserId user, Instant droppedAt) {
            this.call = call;
            this.user = user;
            this.droppedAt = droppedAt;
        }
    }

    private final RecordDisconnectUseCase recordDisconnect;
    private final Duration grace;
    private final Timer timer;
    private final BiPredicate<RoomId, UserId> inRoom;
    private final Runnable stopTimer;
    private final Duration flushTimeout;
    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param inRoom whether the user has a socket in the room right now, on any node: checked when the grace ends,
     *               so a rejoin that raced the drop, or that reached another node (whose grace knows nothing of this
     *               drop), never loses its segment
     * @param stopTimer releases the timer's thread on shutdown
     */
    GraceOnDisconnect(RecordDisconnectUseCase recordDisconnect, Duration grace, Timer timer,
                      BiPredicate<RoomId, UserId> inRoom, Runnable stopTimer, Duration flushTimeout) {
        this.recordDisconnect = recordDisconnect;
        this.grace = grace;
        this.timer = timer;
        this.inRoom = inRoom;
        this.stopTimer = stopTimer;
        this.flushTimeout = flushTimeout;
    }

    /** The production set-up: one daemon thread waits out the graces and records the drops. */
    static GraceOnDisconnect withExecutor(RecordDisconnectUseCase recordDisconnect, Duration grace,
                                          BiPredicate<RoomId, UserId> inRoom) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "signaling-grace");
            thread.setDaemon(true);
            return thread;
        });
        Timer timer = (task, delay) -> executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return new GraceOnDisconnect(recordDisconnect, grace, timer, inRoom, executor::shutdownNow, FLUSH_TIMEOUT);
    }

    @Override
    public void lastSocketDropped(CallMembership call, UserId user, Instant droppedAt) {
        if (grace.isZero() || closed) {
            record(call, user, droppedAt);
            return;
        }
        Key key = new Key(call.roomId(), user);
        Pending drop = new Pending(call, user, droppedAt);
        synchronized (drop) {
            Pending earlier = pending.put(key, drop);
            if (earlier != null) {
                // Back and gone again without a rejoin being seen: the later drop is the one that counts.
                forget(earlier);
            }
            drop.timer = timer.schedule(() -> graceOver(key, drop), grace);
        }
        if (closed) {
            // Shut down while scheduling: the flush may have missed this one.
            settle(key, drop);
        }
    }

    @Override
    public void rejoining(CallMembership call, UserId user) {
        Pending drop = pending.remove(new Key(call.roomId(), user));
        if (drop != null) {
            // Waits for a recording in progress: the rejoin is then recorded after it, as a new segment.
            forget(drop);
        }
    }

    /** How many drops wait for their grace to pass. */
    int waiting() {
        return pending.size();
    }

    /** The people whose drop waits for its grace to pass: they may still come back as the same visit. */
    Set<ConnectedParticipant> waitingToReturn() {
        return pending.values().stream()
                .map(drop -> new ConnectedParticipant(drop.call.sessionId(), drop.user))
                .collect(Collectors.toSet());
    }

    private void graceOver(Key key, Pending drop) {
        synchronized (drop) {
            if (drop.settled) {
                return;
            }
            drop.settled = true;
            try {
                if (!backInRoom(key)) {
                    record(drop.call, drop.user, drop.droppedAt);
                }
            } finally {
                // Only now: a rejoin arriving meanwhile finds the drop and waits for it, then opens a new segment.
                pending.remove(key, drop);
            }
        }
    }

    /** A directory that cannot answer (Redis down) counts as "not back": the drop is recorded, never left open. */
    private boolean backInRoom(Key key) {
        try {
            return inRoom.test(key.room(), key.user());
        } catch (RuntimeException e) {
            log.warn("Could not check whether {} is back in {}; recording the disconnect", key.user(), key.room(), e);
            return false;
        }
    }

    private void settle(Key key, Pending drop) {
        synchronized (drop) {
            if (drop.settled) {
                return;
            }
            drop.settled = true;
            if (drop.timer != null) {
                drop.timer.cancel(false);
            }
            try {
                record(drop.call, drop.user, drop.droppedAt);
            } finally {
                pending.remove(key, drop);
            }
        }
    }

    private static void forget(Pending drop) {
        synchronized (drop) {
            drop.settled = true;
            if (drop.timer != null) {
                drop.timer.cancel(false);
            }
        }
    }

    private void record(CallMembership call, UserId user, Instant droppedAt) {
        try {
            recordDisconnect.recordDisconnect(new DisconnectCommand(call.studyId(), call.sessionId(), user, droppedAt));
        } catch (DomainException e) {
            // Already gone (left, kicked, call ended, membership removed): nothing left to record.
            log.debug("Disconnect of {} from {} not recorded: {}", user, call.roomId(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Recording the disconnect of {} from {} failed", user, call.roomId(), e);
        }
    }

    /** Records every drop still waiting, each at its own instant (within {@code flushTimeout}), then stops the timer. */
    void shutdown() {
        closed = true;
        Thread flush = new Thread(() -> pending.forEach(this::settle), "signaling-grace-flush");
        flush.setDaemon(true);
        flush.start();
        try {
            flush.join(Math.max(1, flushTimeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (flush.isAlive()) {
            log.warn("Shutdown: {} dropped participant(s) not recorded in {}; the reaper will close their segments",
                    pending.size(), flushTimeout);
        }
        stopTimer.run();
    }
}
