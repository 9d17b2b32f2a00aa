package io.coup.videocall.adapter.in.signaling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs socket events off netty's event loops (the use cases block on the database) while keeping each socket's
 * events in the order they arrived: one lane per socket, lanes served by a fixed pool. A lane holds at most
 * {@code maxPending} events; beyond that the socket is told to slow down instead of growing memory without bound.
 * An event that never blocks may instead run on the thread that received it when its lane is idle
 * ({@link #runOrSubmit}): in order all the same, without two thread hand-offs.
 */
class SocketTasks {

    private static final Logger log = LoggerFactory.getLogger(SocketTasks.class);

    private final ExecutorService pool;
    private final int maxPending;
    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();

    SocketTasks(int threads, int maxPending) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "signaling-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
        this.maxPending = maxPending;
    }

    /** Queues an event of the socket; false when its lane is full (the event is dropped). */
    boolean submit(UUID socket, Runnable task) {
        return lanes.computeIfAbsent(socket, s -> new Lane()).add(task, false);
    }

    /**
     * Runs a task that never blocks at once, on the calling thread, when the socket's lane is idle; otherwise queues
     * it like {@link #submit}, behind what the socket sent before (its {@code video:join-room}, say). While it runs,
     * the lane counts as busy: what is added meanwhile, from any thread, waits for it.
     */
    boolean runOrSubmit(UUID socket, Runnable task) {
        return lanes.computeIfAbsent(socket, s -> new Lane()).runOrAdd(task);
    }

    /** Queues the socket's last task (its disconnect), after everything it sent; the lane then goes away. */
    void finish(UUID socket, Runnable task) {
        Lane lane = lanes.computeIfAbsent(socket, s -> new Lane());
        lane.add(() -> {
            try {
                task.run();
            } finally {
                lanes.remove(socket, lane);
            }
        }, true);
    }

    void shutdown() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    private final class Lane {

        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        private boolean scheduled;

        synchronized boolean add(Runnable task, boolean always) {
            if (!always && queue.size() >= maxPending) {
                return false;
            }
            queue.add(task);
            if (!scheduled) {
                scheduled = true;
                pool.execute(this::runNext);
            }
            return true;
        }

        boolean runOrAdd(Runnable task) {
            synchronized (this) {
                if (scheduled) {
                    return add(task, false);
                }
                scheduled = true;
            }
            runThenPassOn(task);
            return true;
        }

        /** One task per turn, then back in the pool's queue: one busy socket does not starve the others. */
        private void runNext() {
            Runnable task;
            synchronized (this) {
                task = queue.poll();
            }
            runThenPassOn(task);
        }

        private void runThenPassOn(Runnable task) {
            try {
                if (task != null) {
                    task.run();
                }
            } catch (RuntimeException e) {
                log.error("Socket task failed", e);
            } finally {
                synchronized (this) {
                    if (queue.isEmpty()) {
                        scheduled = false;
                    } else {
                        pool.execute(this::runNext);
                    }
                }
            }
        }
    }
}
