package io.coup.videocall.application.port.in.call;

import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** @param on whether the state {@code kind} (muted, video off, sharing) now holds */
public record SwitchMediaCommand(StudyId studyId, SessionId sessionId, UserId userId, MediaKind kind, boolean on) {

    public SwitchMediaCommand {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
    }
}
