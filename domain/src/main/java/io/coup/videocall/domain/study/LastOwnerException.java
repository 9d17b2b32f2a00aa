package io.coup.videocall.domain.study;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

/** A study must always keep an active owner: nobody could manage it otherwise. */
public class LastOwnerException extends DomainException {

    public LastOwnerException(StudyId studyId) {
        super(ErrorCode.LAST_OWNER, "Study " + studyId + " must keep at least one active owner; appoint another owner first.");
    }
}
