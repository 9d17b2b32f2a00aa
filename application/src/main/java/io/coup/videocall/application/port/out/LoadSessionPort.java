package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.List;
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

    /**
     * A call's stored fields alone, without its participants, read as values: a lock taken on the call later in the
     * same transaction ({@link #loadSessionForUpdate}) finds the call as it is then, not as it was at this read.
     */
    Optional<VideoCallSession.Snapshot> loadSnapshot(SessionId id);

    /** The study's call in progress (there is at most one), its stored fields alone, read as {@link #loadSnapshot}. */
    Optional<VideoCallSession.Snapshot> loadActiveSnapshot(StudyId studyId);

    /** A person's participant of a call with their segments, read without a lock; empty if they never joined it. */
    Optional<Participant> loadParticipant(SessionId id, UserId person);

    /**
     * The study's call in progress with only the participants present in it: what its status shows, read in the
     * same few rows however many people came and went before.
     */
    Optional<CallInProgress> loadCallInProgress(StudyId studyId);

    /** The participants present in a call, with their attendance, in order of first joining; none once it ended. */
    List<Participant> loadPresentParticipants(SessionId id);

    /** A call in progress and the participants present in it, with their attendance, in order of first joining. */
    record CallInProgress(VideoCallSession.Snapshot session, List<Participant> present) {

        public CallInProgress {
            if (session.endedAt() != null) {
                throw new IllegalArgumentException("call " + session.id() + " has ended");
            }
            present = List.copyOf(present);
            if (!present.stream().allMatch(Participant::isPresent)) {
                throw new IllegalArgumentException("a call in progress lists only participants present");
            }
        }
    }
}
