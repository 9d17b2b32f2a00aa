package io.coup.videocall.bootstrap.metrics;

import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.CallEvent;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Counts what each saved call recorded ({@link VideoCallSession#takeEvents()}). Every change of a call is saved
 * through this port, whichever use case made it (REST, socket, reaper, webhook), so none escapes the count; the
 * application itself knows nothing of meters. Counted once the use case's transaction commits: a join refused
 * after the save (the media server down, say) rolls back and counts nothing.
 */
public class CountingSessionStore implements SaveSessionPort {

    private final SaveSessionPort store;
    private final CallMeters meters;

    public CountingSessionStore(SaveSessionPort store, CallMeters meters) {
        this.store = store;
        this.meters = meters;
    }

    @Override
    public void saveSession(VideoCallSession session) {
        store.saveSession(session);
        List<CallEvent> events = session.takeEvents();
        if (events.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.forEach(meters::count);
                }
            });
        } else {
            events.forEach(meters::count);
        }
    }
}
