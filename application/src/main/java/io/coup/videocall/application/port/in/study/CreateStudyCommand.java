package io.coup.videocall.application.port.in.study;

import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** @param studyId the id the caller chose, or null to have one generated */
public record CreateStudyCommand(UserId founder, StudyId studyId, String name) {

    public CreateStudyCommand {
        Objects.requireNonNull(founder, "founder");
        Objects.requireNonNull(name, "name");
    }
}
