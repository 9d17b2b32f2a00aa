package io.coup.videocall.application.port.in.call;

/** Starts the study's call, or returns the one in progress: a study never has two at once. */
public interface StartCallUseCase {

    StartCallResult start(StartCallCommand command);
}
