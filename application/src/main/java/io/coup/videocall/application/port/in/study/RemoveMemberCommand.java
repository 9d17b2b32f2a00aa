package io.coup.videocall.application.port.in.study;

import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

public record RemoveMemberCommand(StudyId studyId, UserId actor, UserId member) {

    public RemoveMemberCommand {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
