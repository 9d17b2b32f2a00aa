package io.coup.videocall.application.port.in.media;

/**
 * Issues the caller a media connection to a call (a token their client connects with) together with what it means
 * for attendance: a join, a token refresh, or a reconnect. Nothing is recorded unless the media provider issued the
 * connection.
 */
public interface ConnectToCallUseCase {

    CallConnectionView connect(ConnectToCallCommand command);
}
