package io.coup.videocall.application.port.in.study;

import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyRole;

import java.time.Instant;

/** One of the caller's studies, with its call in progress if there is one. */
public record MyStudyView(String id, String name, StudyRole role, MemberStatus status, ActiveCall activeCall) {

    public record ActiveCall(String sessionId, String roomId, Instant startedAt, int participantCount) {
    }
}
