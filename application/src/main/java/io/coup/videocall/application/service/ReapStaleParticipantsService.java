package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.liveness.ReapStaleParticipantsUseCase;
import io.coup.videocall.application.port.in.liveness.ReapedView;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.ParticipantLivenessPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.Staleness;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.user.UserId;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The reaper: the database pre-selects calls that may hold someone gone; each is then locked like any change of a
 * call, its connection reports are read under that lock, and the domain decides. At most {@link #CALLS_PER_RUN}
 * calls per run, so one run never holds many locks for long; the next run takes the rest.
 */
@Transactional
public class ReapStaleParticipantsService implements ReapStaleParticipantsUseCase {

    static final int CALLS_PER_RUN = 100;

    private final ParticipantLivenessPort liveness;
    private final LoadSessionPort sessions;
    private final SaveSessionPort store;
    private final CallNotifierPort notifier;
    private final Staleness staleness;
    private final Clock clock;

    public ReapStaleParticipantsService(ParticipantLivenessPort liveness, LoadSessionPort sessions,
                                        SaveSessionPort store, CallNotifierPort notifier, Staleness staleness,
                                        Clock clock) {
        this.liveness = liveness;
        this.sessions = sessions;
        this.store = store;
        this.notifier = notifier;
        this.staleness = Objects.requireNonNull(staleness, "staleness");
        this.clock = clock;
    }

    @Override
    public ReapedView reapStale() {
        Instant now = clock.instant();
        int participants = 0;
        int endedCalls = 0;
        for (SessionId id : liveness.reapCandidates(staleness, now, CALLS_PER_RUN)) {
            VideoCallSession session = sessions.loadSessionForUpdate(id).orElse(null);
            if (session == null || session.isEnded()) {
                continue;
            }
            List<UserId> reaped = session.reap(liveness.lastReported(id), staleness, now);
            if (reaped.isEmpty() && !session.isEnded()) {
                continue;
            }
            store.saveSession(session);
            participants += reaped.size();
            if (session.isEnded()) {
                endedCalls++;
                notifier.callEnded(session.studyId(), session.id());
            }
        }
        return new ReapedView(participants, endedCalls);
    }
}
