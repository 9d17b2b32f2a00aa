package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.CallStatusView;
import io.coup.videocall.application.port.in.call.GetCallStatusUseCase;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.port.out.CallPresencePort;
import io.coup.videocall.application.port.out.CallStatusProbePort;
import io.coup.videocall.application.port.out.SessionRevision;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.NotStudyMemberException;
import io.coup.videocall.domain.study.StudyId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Every request checks membership and reads which call is in progress at which revision, in one round trip; the
 * call itself and its profiles are loaded again only when that revision moved or the cached copy is too old
 * ({@link CurrentCallCache}). Durations and the online count are computed per request.
 * <p>
 * No transaction around it all: the probe is one statement, run on its own, so its connection goes back to the pool
 * at once and a cache hit costs the database no BEGIN and COMMIT; a miss loads in a read-only transaction of its
 * own ({@link CurrentCallLoader}). Under READ COMMITTED each statement saw its own snapshot anyway.
 */
public class GetCallStatusService implements GetCallStatusUseCase {

    private final CallStatusProbePort probes;
    private final CurrentCallLoader loader;
    private final CallPresencePort presence;
    private final CurrentCallCache cache;
    private final Clock clock;

    public GetCallStatusService(CallStatusProbePort probes, CurrentCallLoader loader, CallPresencePort presence,
                                CurrentCallCache cache, Clock clock) {
        this.probes = probes;
        this.loader = loader;
        this.presence = presence;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public Optional<CallStatusView> status(StudyQuery query) {
        CallStatusProbePort.StatusProbe probe = probes.probe(query.studyId(), query.caller());
        if (!probe.activeMember()) {
            throw new NotStudyMemberException(query.studyId());
        }
        return probe.activeCall()
                .flatMap(revision -> cache.get(query.studyId(), revision).or(() -> load(query.studyId(), revision)))
                .map(this::statusOf);
    }

    /** Cached only when the call loaded is the one the revision names: another may have started in between. */
    private Optional<CurrentCallCache.Loaded> load(StudyId studyId, SessionRevision revision) {
        Optional<CurrentCallCache.Loaded> loaded = loader.load(studyId);
        loaded.filter(call -> call.session().id().equals(revision.sessionId()))
                .ifPresent(call -> cache.put(studyId, revision, call));
        return loaded;
    }

    private CallStatusView statusOf(CurrentCallCache.Loaded call) {
        Instant now = clock.instant();
        VideoCallSession session = call.session();
        return new CallStatusView(CallViews.session(session, call.profiles()), presence.onlineCount(session.roomId()),
                session.presentParticipants().stream()
                        .map(p -> CallViews.participant(session, p, call.profiles().of(p.userId()), now))
                        .toList());
    }
}
