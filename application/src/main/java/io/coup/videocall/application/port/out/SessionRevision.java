package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.SessionId;

/**
 * A call as of one saved change: every save of the call moves {@code revision} on, so a copy loaded at this revision
 * is still current while the stored revision is the same.
 */
public record SessionRevision(SessionId sessionId, long revision) {
}
