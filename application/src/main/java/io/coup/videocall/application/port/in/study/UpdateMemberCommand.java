package io.coup.videocall.application.port.in.study;

import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** Adds a member or changes their role or status; a null role or status keeps the current one. */
public record UpdateMemberCommand(StudyId studyId, UserId actor, UserId member, StudyRole role, MemberStatus status) {

    public UpdateMemberCommand {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
