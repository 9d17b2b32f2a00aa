package io.coup.videocall.adapter.out.persistence;

import java.time.Instant;

/** An active call and how many of its participants are present (open segment). */
record ActiveCallRow(String studyId, String sessionId, String roomId, Instant startedAt, Number presentCount) {
}
