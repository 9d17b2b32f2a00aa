package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.KickParticipantUseCase;
import io.coup.videocall.application.port.in.call.ModerateParticipantCommand;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Transactional
public class KickParticipantService implements KickParticipantUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final CallNotifierPort notifier;
    private final CallMedia media;
    private final Clock clock;

    public KickParticipantService(StudyAccess access, SaveSessionPort store, CallNotifierPort notifier,
                                  MediaProviderPort media, Clock clock) {
        this.access = access;
        this.store = store;
        this.notifier = notifier;
        this.media = new CallMedia(media);
        this.clock = clock;
    }

    /**
     * Moderators only. The target must have taken part in the call (a participant who already left is still
     * barred from coming back); the call must be in progress. Kicking the last person present ends the call. Every
     * media connection of theirs is force-disconnected before anything is stored: if the media server cannot do it, the
     * kick fails (503) and changes nothing.
     */
    @Override
    public void kick(ModerateParticipantCommand c) {
        access.activeMember(c.studyId(), c.moderator()).requireModerator();
        VideoCallSession session = access.requireSessionForUpdateOf(c.studyId(), c.sessionId(), c.target());
        session.kick(c.target(), clock.instant());
        media.disconnect(session, c.target(), connection -> true);
        store.saveSession(session);
        notifier.kicked(c.target(), session.id(), c.moderator());
        if (session.isEnded()) {
            notifier.callEnded(c.studyId(), session.id());
        }
    }
}
