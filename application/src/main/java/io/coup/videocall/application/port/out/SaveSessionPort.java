package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.VideoCallSession;

public interface SaveSessionPort {

    /**
     * Inserts or updates the session with its participants and their attendance segments. A copy held for one person
     * writes the call's own fields and that person's participant; the others stay as stored.
     */
    void saveSession(VideoCallSession session);
}
