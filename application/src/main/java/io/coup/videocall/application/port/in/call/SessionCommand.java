package io.coup.videocall.application.port.in.call;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** One caller acting on (or reading) one session of one study: join, leave, end, detail, attendance. */
public record SessionCommand(StudyId studyId, SessionId sessionId, UserId userId) {

    public SessionCommand {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
    }
}
