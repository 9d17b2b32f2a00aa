package io.coup.videocall.application.port.in.call;

import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.domain.call.MediaProvider;

import java.time.Instant;

/** A call as every endpoint shows it; {@code duration} (seconds) is null until it ends. */
public record SessionView(String id, String studyId, String roomId, String name, String startedBy, Instant startedAt,
                          Instant endedAt, Long duration, MediaProvider mediaProvider, UserView starter) {
}
