package io.coup.videocall.application.port.in.study;

import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** Something the caller reads about one study. */
public record StudyQuery(StudyId studyId, UserId caller) {

    public StudyQuery {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(caller, "caller");
    }
}
