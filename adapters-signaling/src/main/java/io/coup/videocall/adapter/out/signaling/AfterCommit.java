package io.coup.videocall.adapter.out.signaling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs socket-side effects once the use case's transaction has committed (a rolled-back change has none), or at once
 * outside a transaction; in the order they were asked for. A failing effect is logged and never fails the use case:
 * the change itself is already stored.
 */
final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    static void run(Runnable effect) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    safely(effect);
                }
            });
        } else {
            safely(effect);
        }
    }

    private static void safely(Runnable effect) {
        try {
            effect.run();
        } catch (RuntimeException e) {
            log.warn("A socket-side effect failed; the change itself is stored", e);
        }
    }
}
