package io.coup.videocall.application.port.in.call;

/** A moderator (or the call's starter) ends the call for everyone. */
public interface EndCallUseCase {

    SessionView end(SessionCommand command);
}
