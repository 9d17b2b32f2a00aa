package io.coup.videocall.adapter.out.signaling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs socket-side effects once the use case's transaction has committed (a rolled-back change has none), or at once
 * outside a transaction. Pushes run before cuts (then in the order asked for): a socket the mesh provider disconnects
 * gets the kick's {@code video:kicked} first. A failing effect is logged and never fails the use case: the change
 * itself is already stored.
 */
final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    /** Events sent to sockets. */
    static void push(Runnable effect) {
        run(effect, Ordered.HIGHEST_PRECEDENCE);
    }

    /** Sockets disconnected, tickets revoked: after every push of the same transaction. */
    static void cut(Runnable effect) {
        run(effect, Ordered.LOWEST_PRECEDENCE);
    }

    private static void run(Runnable effect, int order) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    safely(effect);
                }

                @Override
                public int getOrder() {
                    return order;
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
