package io.coup.videocall.domain.study;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;

public class MemberNotFoundException extends DomainException {

    public MemberNotFoundException(StudyId studyId, UserId userId) {
        super(ErrorCode.USER_NOT_FOUND, "User " + userId + " is not a member of study " + studyId + ".");
    }
}
