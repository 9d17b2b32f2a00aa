package io.coup.videocall.application.port.in.media;

/**
 * A call's live state for clients that poll it: who is present and whether their media connection is up (from the
 * media provider). Answers may be up to a second old; any change to the call is seen at once.
 */
public interface GetMediaStatusUseCase {

    MediaStatusView status(MediaStatusQuery query);
}
