package io.coup.videocall.application.port.in.media;

/**
 * Applies a media server's "participant left": closes the person's visit at the reported instant. Idempotent and
 * safe against late or repeated reports (see {@link MediaEventOutcome}).
 */
public interface RecordMediaLeaveUseCase {

    MediaEventOutcome recordLeave(MediaLeaveCommand command);
}
