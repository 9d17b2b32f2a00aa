package io.coup.videocall.application.port.in.media;

/**
 * Reconciles every active call that has a media room, each on its own (one call's failure leaves the others
 * reconciled). Safe to run on several nodes at once: each call is reconciled under its row lock, and a second
 * pass finds nothing left to do.
 */
public interface ReconcileMediaUseCase {

    ReconciliationView reconcileAll();
}
