package io.coup.videocall.adapter.in.rest.study;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyRole;

/** Either may be omitted to keep the current value (a new member: MEMBER, ACTIVE). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateMemberRequest(StudyRole role, MemberStatus status) {
}
