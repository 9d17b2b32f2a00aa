package io.coup.videocall.adapter.out.signaling;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/** Plays a use case's transaction around adapter calls: begin, then commit or roll back its synchronizations. */
final class Transactions {

    private Transactions() {
    }

    static void begin() {
        TransactionSynchronizationManager.initSynchronization();
    }

    static void end(boolean committed) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        for (TransactionSynchronization s : synchronizations) {
            if (committed) {
                s.afterCommit();
            }
            s.afterCompletion(committed ? TransactionSynchronization.STATUS_COMMITTED
                    : TransactionSynchronization.STATUS_ROLLED_BACK);
        }
    }

    /** Leaves no synchronization behind for the next test. */
    static void reset() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
