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
 * call's people present and their profiles are loaded again only when the cached copy is older than that revision
 * or too old, once for all the requests that find it so at the same time ({@link CurrentCallCache}). Durations and
 * the online count are computed per request.
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
                .flatMap(revision -> cache.getOrLoad(query.studyId(), revision, () -> load(query.studyId(), revision)))
                .map(this::statusOf);
    }

    /** Cached only when the call loaded is the one the revision names: another may have started in between. */
    private Optional<CurrentCallCache.Loaded> load(StudyId studyId, SessionRevision revision) {
        Optional<CurrentCallCache.Loaded> loaded = loader.load(studyId);
        loaded.filter(call -> call.inProgress().session().id().equals(revision.sessionId()))
                .ifPresent(call -> cache.put(studyId, revision, call));
        return loaded;
    }

    private CallStatusView statusOf(CurrentCallCache.Loaded loaded) {
        Instant now = clock.instant();
        VideoCallSession.Snapshot session = loaded.inProgress().session();
        CallViews.Profiles profiles = loaded.profiles();
        return new CallStatusView(CallViews.session(session, profiles.of(session.startedBy())),
                presence.onlineCount(session.roomId()),
                loaded.inProgress().present().stream()
                        .map(p -> CallViews.participant(session.id(), p, profiles.of(p.userId()), now))
                        .toList());
    }
}
