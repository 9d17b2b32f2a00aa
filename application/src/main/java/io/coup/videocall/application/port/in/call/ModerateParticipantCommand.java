package io.coup.videocall.application.port.in.call;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** A moderator ({@code moderator}) acting on one participant ({@code target}) of one session: mute, kick. */
public record ModerateParticipantCommand(StudyId studyId, SessionId sessionId, UserId moderator, UserId target) {

    public ModerateParticipantCommand {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(moderator, "moderator");
        Objects.requireNonNull(target, "target");
    }
}
