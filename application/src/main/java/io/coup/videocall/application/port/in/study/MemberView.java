package io.coup.videocall.application.port.in.study;

import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyRole;

import java.time.Instant;

public record MemberView(String userId, String name, String avatar, StudyRole role, MemberStatus status,
                         Instant joinedAt) {
}
