package io.coup.videocall.application.port.out;

/** Keeps the text of in-call chat messages (the count lives on the participant, {@code messageCount}). */
public interface SaveCallMessagePort {

    void saveCallMessage(CallMessage message);
}
