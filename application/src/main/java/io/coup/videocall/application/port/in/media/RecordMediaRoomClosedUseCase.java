package io.coup.videocall.application.port.in.media;

/** Applies a media server's "session destroyed": ends the call at the reported instant. Idempotent. */
public interface RecordMediaRoomClosedUseCase {

    MediaEventOutcome recordRoomClosed(MediaRoomClosedCommand command);
}
