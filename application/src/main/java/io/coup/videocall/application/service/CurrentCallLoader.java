package io.coup.videocall.application.service;

import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.domain.study.StudyId;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Loads a study's call in progress, the people present and the profiles its status shows, in one read-only
 * transaction: what {@code GET …/status} needs when its cached copy no longer holds. A bean of its own so that the
 * transaction applies, while the status probe before it runs in none ({@link GetCallStatusService}).
 */
@Transactional(readOnly = true)
public class CurrentCallLoader {

    private final LoadSessionPort sessions;
    private final CallViews views;

    public CurrentCallLoader(LoadSessionPort sessions, CallViews views) {
        this.sessions = sessions;
        this.views = views;
    }

    public Optional<CurrentCallCache.Loaded> load(StudyId studyId) {
        return sessions.loadCallInProgress(studyId).map(call ->
                new CurrentCallCache.Loaded(call, views.profiles(call.session().startedBy(), call.present())));
    }
}
