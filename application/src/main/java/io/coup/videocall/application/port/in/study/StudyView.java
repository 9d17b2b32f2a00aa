package io.coup.videocall.application.port.in.study;

import io.coup.videocall.domain.study.StudyRole;

import java.time.Instant;

public record StudyView(String id, String name, Instant createdAt, StudyRole myRole) {
}
