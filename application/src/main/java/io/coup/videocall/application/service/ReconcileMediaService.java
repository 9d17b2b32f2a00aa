package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.ReconcileCallCommand;
import io.coup.videocall.application.port.in.media.ReconcileMediaUseCase;
import io.coup.videocall.application.port.in.media.ReconcileCallUseCase;
import io.coup.videocall.application.port.in.media.ReconciledCallView;
import io.coup.videocall.application.port.in.media.ReconciliationView;
import io.coup.videocall.application.port.out.MediaCallsPort;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.domain.call.SessionId;

import java.util.List;

/**
 * Not transactional itself: each call is reconciled in its own transaction by {@link ReconcileCallUseCase}, so one
 * call's locks are never held while another is checked.
 */
public class ReconcileMediaService implements ReconcileMediaUseCase {

    private final MediaCallsPort calls;
    private final ReconcileCallUseCase reconcileCall;

    public ReconcileMediaService(MediaCallsPort calls, ReconcileCallUseCase reconcileCall) {
        this.calls = calls;
        this.reconcileCall = reconcileCall;
    }

    /**
     * Stops at the first call the media server cannot answer for: it is down, and every further call would wait out
     * the same retries. Nothing is closed for a call that could not be checked.
     */
    @Override
    public ReconciliationView reconcileAll() {
        List<SessionId> active = calls.activeCallsWithMediaRoom();
        int reaped = 0;
        int ended = 0;
        for (int i = 0; i < active.size(); i++) {
            try {
                ReconciledCallView call = reconcileCall.reconcile(new ReconcileCallCommand(active.get(i)));
                reaped += call.reaped().size();
                ended += call.ended() ? 1 : 0;
            } catch (MediaServerUnavailableException e) {
                return new ReconciliationView(active.size(), reaped, ended, active.size() - i);
            }
        }
        return new ReconciliationView(active.size(), reaped, ended, 0);
    }
}
