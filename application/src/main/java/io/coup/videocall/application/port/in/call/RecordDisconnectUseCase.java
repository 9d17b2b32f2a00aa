package io.coup.videocall.application.port.in.call;

/**
 * A participant's connection dropped without an explicit leave and they did not come back in time: their
 * segment closes at the disconnect instant with reason DISCONNECTED; the call ends when nobody is left. Harmless
 * when they already left.
 */
public interface RecordDisconnectUseCase {

    void recordDisconnect(DisconnectCommand command);
}
