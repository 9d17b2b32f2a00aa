package io.coup.videocall.application.port.in.liveness;

/**
 * SPEC §6.3: closes, with reason REAPED, everyone present in a call who is gone by the configured staleness, at the
 * instant they were last seen, and ends the calls left empty. One node at a time runs it (the caller's lock).
 */
public interface ReapStaleParticipantsUseCase {

    ReapedView reapStale();
}
