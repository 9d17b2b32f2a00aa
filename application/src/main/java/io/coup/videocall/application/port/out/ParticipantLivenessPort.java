package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.Staleness;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What live connections report about the people in calls (SPEC §6.3): every node marks the participants it holds
 * sockets for as seen, and the reaper reads those reports to find who is gone after a crash.
 */
public interface ParticipantLivenessPort {

    /** Marks these participants, where still present, as seen by a live connection at {@code at}; one batch. */
    void markSeen(Collection<ConnectedParticipant> participants, Instant at);

    /** When a live connection last reported each participant of the call; people never reported are absent. */
    Map<UserId, Instant> lastReported(SessionId sessionId);

    /**
     * Calls in progress where someone present may be gone, or which nobody is in, by {@code staleness} at
     * {@code now}: at least every call {@link io.coup.videocall.domain.call.VideoCallSession#reap} would change,
     * oldest first, at most {@code limit}.
     */
    List<SessionId> reapCandidates(Staleness staleness, Instant now, int limit);
}
