package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Optional;

public interface LoadSessionPort {

    Optional<VideoCallSession> loadSession(SessionId id);

    /**
     * Loads the session and holds a write lock on it until the transaction ends: joins, leaves and toggles of
     * one call are applied one after another, so no time is lost or counted twice and the maximum holds.
     */
    Optional<VideoCallSession> loadSessionForUpdate(SessionId id);

    /**
     * As {@link #loadSessionForUpdate(SessionId)}, but the copy holds only {@code person}'s attendance and the other
     * participants in brief ({@link VideoCallSession#rehydrateFor}): all a join, a leave, a kick or a toggle needs,
     * without reading every participant of a large call while holding its lock.
     */
    Optional<VideoCallSession> loadSessionForUpdate(SessionId id, UserId person);

    /** The study's call in progress, if any (there is at most one). */
    Optional<VideoCallSession> loadActiveSession(StudyId studyId);
}
