package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.user.UserId;

import java.util.List;
import java.util.Optional;

public interface LoadStudyPort {

    Optional<Study> loadStudy(StudyId id);

    /**
     * Loads the study and holds a write lock on it until the transaction ends, so that concurrent changes of
     * one study (starting its call, editing its owners) happen one after another.
     */
    Optional<Study> loadStudyForUpdate(StudyId id);

    /** Studies in which the user is an active member. */
    List<Study> loadActiveStudiesOf(UserId userId);

    boolean studyExists(StudyId id);

    /**
     * Whether the user is an ACTIVE member of the study (false when the study does not exist): the one membership
     * row, without loading the study and all its members.
     */
    boolean isActiveMember(StudyId studyId, UserId userId);

    /** The user's membership of the study, whatever its status: the one row, not the study with all its members. */
    Optional<StudyMember> loadMember(StudyId studyId, UserId userId);
}
