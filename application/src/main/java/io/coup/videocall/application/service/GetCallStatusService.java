package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.CallStatusView;
import io.coup.videocall.application.port.in.call.GetCallStatusUseCase;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.port.out.CallPresencePort;
import io.coup.videocall.application.port.out.CallStatusProbePort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.SessionRevision;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.NotStudyMemberException;
import io.coup.videocall.domain.study.StudyId;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Every request checks membership and reads which call is in progress at which revision, in one round trip; the
 * call itself and its profiles are loaded again only when that revision moved or the cached copy is too old
 * ({@link CurrentCallCache}). Durations and the online count are computed per request.
 */
@Transactional(readOnly = true)
public class GetCallStatusService implements GetCallStatusUseCase {

    private final CallStatusProbePort probes;
    private final LoadSessionPort sessions;
    private final CallPresencePort presence;
    private final CallViews views;
    private final CurrentCallCache cache;
    private final Clock clock;

    public GetCallStatusService(CallStatusProbePort probes, LoadSessionPort sessions, CallPresencePort presence,
                                CallViews views, CurrentCallCache cache, Clock clock) {
        this.probes = probes;
        this.sessions = sessions;
        this.presence = presence;
        this.views = views;
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
        return sessions.loadActiveSession(studyId).map(session -> {
            CurrentCallCache.Loaded loaded = new CurrentCallCache.Loaded(session,
                    views.profiles(session, session.presentParticipants()));
            if (session.id().equals(revision.sessionId())) {
                cache.put(studyId, revision, loaded);
            }
            return loaded;
        });
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
