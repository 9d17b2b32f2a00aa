package io.coup.videocall.bootstrap.media;

import io.coup.videocall.application.port.in.media.ReconcileMediaUseCase;
import io.coup.videocall.application.port.in.media.ReconciliationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Duration;

/**
 * Runs reconciliation with the media server once the service has started and then after every interval, on a
 * thread of its own (a slow media server delays the next round, never anything else). Every node runs it; that is
 * safe, see {@link ReconcileMediaUseCase}.
 */
public class MediaReconciliationSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MediaReconciliationSchedule.class);

    private final ReconcileMediaUseCase reconcile;
    private final Duration interval;
    private ThreadPoolTaskScheduler scheduler;

    public MediaReconciliationSchedule(ReconcileMediaUseCase reconcile, Duration interval) {
        this.reconcile = reconcile;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("media-reconcile-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::reconcileOnce, interval);
    }

    /** Never throws: a failed round is logged and the next one runs on time (a scheduled task that throws stops). */
    void reconcileOnce() {
        try {
            ReconciliationView round = reconcile.reconcileAll();
            if (round.failed() > 0) {
                log.warn("Media reconciliation: the media server did not answer; {} of {} calls left unchecked",
                        round.failed(), round.calls());
            } else if (round.reaped() > 0 || round.ended() > 0) {
                log.info("Media reconciliation: {} calls checked, {} visits closed, {} calls ended",
                        round.calls(), round.reaped(), round.ended());
            }
        } catch (RuntimeException e) {
            log.error("Media reconciliation failed; next round in {}", interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
