package io.coup.videocall.application.port.in.call;

import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** @param name an optional title for the call */
public record StartCallCommand(StudyId studyId, UserId userId, String name) {

    public StartCallCommand {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(userId, "userId");
    }
}
