package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.application.port.out.ParticipantLivenessPort;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.Staleness;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connection reports kept beside {@link InMemorySessions}, like the column beside the participant rows: a report
 * reaches only someone present. Candidates are exactly the calls the domain's reaping would change.
 */
public class InMemoryLiveness implements ParticipantLivenessPort {

    private final InMemorySessions sessions;
    private final Map<ConnectedParticipant, Instant> reports = new HashMap<>();
    private int batches;

    public InMemoryLiveness(InMemorySessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public synchronized void markSeen(Collection<ConnectedParticipant> participants, Instant at) {
        batches++;
        for (ConnectedParticipant p : participants) {
            boolean present = sessions.stored(p.sessionId()).flatMap(s -> s.participant(p.userId()))
                    .filter(Participant::isPresent).isPresent();
            if (present) {
                reports.put(p, at);
            }
        }
    }

    @Override
    public synchronized Map<UserId, Instant> lastReported(SessionId sessionId) {
        Map<UserId, Instant> reported = new HashMap<>();
        reports.forEach((p, at) -> {
            if (p.sessionId().equals(sessionId)) {
                reported.put(p.userId(), at);
            }
        });
        return reported;
    }

    @Override
    public synchronized List<SessionId> reapCandidates(Staleness staleness, Instant now, int limit) {
        return sessions.all().stream()
                .filter(s -> !s.isEnded())
                .sorted(Comparator.comparing(VideoCallSession::startedAt))
                .filter(s -> {
                    VideoCallSession copy = InMemorySessions.copy(s);
                    return !copy.reap(lastReported(s.id()), staleness, now).isEmpty() || copy.isEnded();
                })
                .limit(limit)
                .map(VideoCallSession::id)
                .toList();
    }

    /** Calls of {@link #markSeen}: each is one write. */
    public synchronized int batches() {
        return batches;
    }
}
