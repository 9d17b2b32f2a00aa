package io.coup.videocall.application.port.in.liveness;

/**
 * Run periodically on every node: marks the participants this node's connections hold as seen now, so the reaper
 * of another node (or of this one after a restart) can tell them from people whose node crashed.
 */
public interface RecordHeartbeatUseCase {

    /** @return how many participants were reported */
    int recordHeartbeat();
}
