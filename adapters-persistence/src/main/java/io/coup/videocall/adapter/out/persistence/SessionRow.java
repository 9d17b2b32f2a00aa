package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.MediaProvider;

import java.time.Instant;

/** A call's stored fields read as values, not as a managed entity (see {@link SessionPersistenceAdapter#loadSnapshot}). */
record SessionRow(String id, String studyId, String roomId, String name, String startedBy, Instant startedAt,
                  Instant endedAt, MediaProvider mediaProvider, String mediaRoomId, int maxParticipants,
                  boolean autoCreated) {
}
