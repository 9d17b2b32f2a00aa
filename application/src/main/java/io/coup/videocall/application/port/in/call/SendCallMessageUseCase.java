package io.coup.videocall.application.port.in.call;

/**
 * A participant present in the call sends a chat message to the call: it is stored with the session and counts
 * toward their {@code messageCount}.
 */
public interface SendCallMessageUseCase {

    CallMessageView send(SendCallMessageCommand command);
}
