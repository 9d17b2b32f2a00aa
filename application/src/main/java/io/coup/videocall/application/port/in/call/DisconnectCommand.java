package io.coup.videocall.application.port.in.call;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/** @param disconnectedAt when the signaling server saw the last connection of the user drop */
public record DisconnectCommand(StudyId studyId, SessionId sessionId, UserId userId, Instant disconnectedAt) {

    public DisconnectCommand {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(disconnectedAt, "disconnectedAt");
    }
}
