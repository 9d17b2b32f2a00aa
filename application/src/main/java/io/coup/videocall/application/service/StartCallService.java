package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.in.call.StartCallCommand;
import io.coup.videocall.application.port.in.call.StartCallResult;
import io.coup.videocall.application.port.in.call.StartCallUseCase;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.LoadStudyPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.NotStudyMemberException;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Transactional
public class StartCallService implements StartCallUseCase {

    private final LoadStudyPort studies;
    private final LoadSessionPort sessions;
    private final SaveSessionPort store;
    private final CallViews views;
    private final CallSettings settings;
    private final CallNotifierPort notifier;
    private final CallMedia media;
    private final Clock clock;

    public StartCallService(LoadStudyPort studies, LoadSessionPort sessions, SaveSessionPort store, CallViews views,
                            CallSettings settings, CallNotifierPort notifier, MediaProviderPort media, Clock clock) {
        this.studies = studies;
        this.sessions = sessions;
        this.store = store;
        this.views = views;
        this.settings = settings;
        this.notifier = notifier;
        this.media = new CallMedia(media);
        this.clock = clock;
    }

    /**
     * A call in progress is found without any lock, as a value ({@link LoadSessionPort#loadSnapshot}): that is every
     * quick-join into a running call, which then locks the call to join it. Otherwise starts of one study queue on the
     * study's lock and look again under it: the first creates the call, the others find it. The database's
     * one-active-call constraint stands behind this. Only a created call is announced. A created call's media room is
     * opened before the commit: if the media server is down, no call is stored (503).
     */
    @Override
    public StartCallResult start(StartCallCommand c) {
        if (!studies.isActiveMember(c.studyId(), c.userId())) {
            throw new NotStudyMemberException(c.studyId());
        }
        Optional<StartCallResult> running = inProgress(c);
        if (running.isPresent()) {
            return running.get();
        }
        studies.loadStudyForUpdate(c.studyId()).orElseThrow(() -> new NotStudyMemberException(c.studyId()));
        return inProgress(c).orElseGet(() -> {
            VideoCallSession session = VideoCallSession.start(c.studyId(), c.name(), c.userId(), clock.instant(),
                    media.provider(), settings.maxParticipants(), false);
            media.room(session);
            store.saveSession(session);
            SessionView view = view(session.snapshot());
            notifier.callStarted(c.studyId(), view);
            return new StartCallResult(view, true);
        });
    }

    private Optional<StartCallResult> inProgress(StartCallCommand c) {
        return sessions.loadActiveSnapshot(c.studyId()).map(call -> new StartCallResult(view(call), false));
    }

    private SessionView view(VideoCallSession.Snapshot call) {
        return CallViews.session(call, views.profilesOf(List.of(call.startedBy())).of(call.startedBy()));
    }
}
