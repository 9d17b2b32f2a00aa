package io.coup.videocall.application.port.in.stats;

import java.time.Instant;

/** Durations in whole seconds; first/last are when the user joined their first and last call of the period. */
public record UserStatsView(String userId, long totalSessions, long totalDuration, long averageDuration,
                            long totalAudioMutedTime, long totalVideoOffTime, long totalScreenSharedTime,
                            Instant firstSession, Instant lastSession) {
}
