package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;

public class StudyAlreadyExistsException extends DomainException {

    public StudyAlreadyExistsException(StudyId id) {
        super(ErrorCode.STUDY_ALREADY_EXISTS, "A study with id " + id + " already exists.");
    }
}
