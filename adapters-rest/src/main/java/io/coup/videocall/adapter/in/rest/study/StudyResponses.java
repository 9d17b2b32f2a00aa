package io.coup.videocall.adapter.in.rest.study;

import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyRole;

import java.time.Instant;
import java.util.List;

/** Response bodies of the study and membership endpoints (SPEC §4.1). */
public final class StudyResponses {

    private StudyResponses() {
    }

    /** {@code {"study": {id, name, createdAt, myRole}}} */
    public record StudyResponse(StudyBody study) {
    }

    public record StudyBody(String id, String name, Instant createdAt, StudyRole myRole) {
    }

    /** {@code {"studies": [...]}} */
    public record MyStudiesResponse(List<MyStudyBody> studies) {
    }

    public record MyStudyBody(String id, String name, StudyRole role, MemberStatus status, ActiveCallBody activeCall) {
    }

    public record ActiveCallBody(String sessionId, String roomId, Instant startedAt, int participantCount) {
    }

    /** {@code {"members": [...]}} */
    public record MembersResponse(List<MemberBody> members) {
    }

    /** {@code {"member": {...}}} */
    public record MemberResponse(MemberBody member) {
    }

    public record MemberBody(String userId, String name, String avatar, StudyRole role, MemberStatus status,
                             Instant joinedAt) {
    }
}
