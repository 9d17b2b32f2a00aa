package io.coup.videocall.adapter.out.signaling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Renews a node's entries in Redis every third of their TTL on a daemon thread of its own, so they outlive the TTL
 * only while the node lives. A renewal that fails is logged and tried again on the next beat.
 */
public final class RenewalHeartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RenewalHeartbeat.class);

    private final ScheduledExecutorService beat;

    public RenewalHeartbeat(String threadName, Duration ttl, Runnable renewal) {
        this.beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, ttl.toMillis() / 3);
        beat.scheduleWithFixedDelay(() -> {
            try {
                renewal.run();
            } catch (RuntimeException e) {
                log.warn("Renewing this node's entries in Redis ({}) failed; retrying on the next beat", threadName, e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        beat.shutdownNow();
    }
}
