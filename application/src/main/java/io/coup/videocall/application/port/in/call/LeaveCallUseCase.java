package io.coup.videocall.application.port.in.call;

/** Closes the caller's attendance segment; the call ends when nobody is left. Leaving twice is harmless. */
public interface LeaveCallUseCase {

    void leave(SessionCommand command);
}
