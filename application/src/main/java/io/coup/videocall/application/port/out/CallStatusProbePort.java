package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Optional;

/** What every {@code GET …/status} asks first, answered in one round trip to the store. */
public interface CallStatusProbePort {

    StatusProbe probe(StudyId studyId, UserId user);

    /**
     * @param activeMember whether the user is an ACTIVE member of the study
     * @param activeCall the study's call in progress, if any, at its current revision
     */
    record StatusProbe(boolean activeMember, Optional<SessionRevision> activeCall) {
    }
}
