package io.coup.videocall.application.port.in.call;

/** Records that the caller is in the call; idempotent while present, a new segment when returning. */
public interface JoinCallUseCase {

    ParticipantView join(SessionCommand command);
}
