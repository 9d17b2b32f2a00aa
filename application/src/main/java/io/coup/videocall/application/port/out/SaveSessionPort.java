package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.VideoCallSession;

public interface SaveSessionPort {

    /** Inserts or updates the session with its participants and their attendance segments. */
    void saveSession(VideoCallSession session);
}
