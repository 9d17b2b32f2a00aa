package io.coup.videocall.application.port.in.call;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** @param message the chat text, already checked at the edge (1..2000 characters after trimming) */
public record SendCallMessageCommand(StudyId studyId, SessionId sessionId, UserId userId, String message) {

    public SendCallMessageCommand {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(message, "message");
    }
}
