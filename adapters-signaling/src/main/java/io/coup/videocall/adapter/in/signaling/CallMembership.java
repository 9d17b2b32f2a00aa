package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;

import java.util.Objects;

/** The call a socket is in: the study, the session recorded by the use cases, and its signaling room. */
record CallMembership(StudyId studyId, SessionId sessionId, RoomId roomId) {

    CallMembership {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(roomId, "roomId");
    }
}
