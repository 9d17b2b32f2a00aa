package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.ModerateParticipantCommand;
import io.coup.videocall.application.port.in.call.MuteParticipantUseCase;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.domain.call.ParticipantNotFoundException;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionEndedException;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

@Transactional
public class MuteParticipantService implements MuteParticipantUseCase {

    private final StudyAccess access;
    private final LoadSessionPort sessions;
    private final CallNotifierPort notifier;

    public MuteParticipantService(StudyAccess access, LoadSessionPort sessions, CallNotifierPort notifier) {
        this.access = access;
        this.sessions = sessions;
        this.notifier = notifier;
    }

    /**
     * Moderators only, and only someone present in a call in progress. Nothing is stored: the muted time starts
     * when the target's client reports the mute. The call is read as values and the target's participant alone.
     */
    @Override
    public void mute(ModerateParticipantCommand c) {
        access.activeMember(c.studyId(), c.moderator()).requireModerator();
        VideoCallSession.Snapshot call = access.requireCall(c.studyId(), c.sessionId());
        if (call.endedAt() != null) {
            throw new SessionEndedException(call.id());
        }
        sessions.loadParticipant(call.id(), c.target()).filter(Participant::isPresent)
                .orElseThrow(() -> new ParticipantNotFoundException(call.id(), c.target()));
        notifier.forceMute(c.target(), call.id(), c.moderator());
    }
}
