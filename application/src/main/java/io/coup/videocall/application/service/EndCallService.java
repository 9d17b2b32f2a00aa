package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.EndCallUseCase;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.PermissionDeniedException;
import io.coup.videocall.domain.study.StudyMember;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

@Transactional
public class EndCallService implements EndCallUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final CallViews views;
    private final CallNotifierPort notifier;
    private final CallMedia media;
    private final Clock clock;

    public EndCallService(StudyAccess access, SaveSessionPort store, CallViews views, CallNotifierPort notifier,
                          MediaProviderPort media, Clock clock) {
        this.access = access;
        this.store = store;
        this.views = views;
        this.notifier = notifier;
        this.media = new CallMedia(media);
        this.clock = clock;
    }

    /**
     * Moderators end any call of their study; whoever started a call may end it too. Ending twice is harmless. The
     * media room is closed before anything is stored: if the media server cannot do it, the call goes on (503).
     */
    @Override
    public SessionView end(SessionCommand c) {
        StudyMember caller = access.activeMember(c.studyId(), c.userId());
        VideoCallSession session = access.requireSessionForUpdate(c.studyId(), c.sessionId());
        if (!caller.isActiveModerator() && !session.wasStartedBy(c.userId())) {
            throw new PermissionDeniedException("Only the study's moderators or the call's starter may end it.");
        }
        if (session.end(clock.instant())) {
            media.close(session);
            store.saveSession(session);
            notifier.callEnded(c.studyId(), session.id());
        }
        return CallViews.session(session, views.profiles(session.startedBy(), List.of()));
    }
}
