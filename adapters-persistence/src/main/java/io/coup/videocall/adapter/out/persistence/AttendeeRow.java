package io.coup.videocall.adapter.out.persistence;

import java.time.Instant;

/** What call history shows of a participant: stored closed time and the start of the open segment. */
record AttendeeRow(String sessionId, String id, String userId, long attendedMs, Instant openSince) {
}
