package io.coup.videocall.application.port.in.media;

/**
 * Squares one call's attendance with the connections its media room has on the media server: closes the visits
 * of people the server no longer has (once their join has settled) and ends a call nobody is left in.
 */
public interface ReconcileCallUseCase {

    ReconciledCallView reconcile(ReconcileCallCommand command);
}
