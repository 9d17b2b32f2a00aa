package io.coup.videocall.domain.study;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

/** Also thrown for a study that does not exist: outsiders must not learn which studies exist. */
public class NotStudyMemberException extends DomainException {

    public NotStudyMemberException(StudyId studyId) {
        super(ErrorCode.NOT_STUDY_MEMBER, "You are not an active member of study " + studyId + ".");
    }
}
