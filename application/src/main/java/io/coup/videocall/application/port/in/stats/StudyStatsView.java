package io.coup.videocall.application.port.in.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * A study's calls over a period. Durations in whole seconds; {@code averageParticipants} to one decimal;
 * {@code sessionsPerDay} covers every day of the period, oldest first, zero-filled.
 */
public record StudyStatsView(String period, long totalSessions, long totalParticipants, double averageParticipants,
                             long totalDuration, long averageDuration, MostActiveUser mostActiveUser,
                             List<DayCount> sessionsPerDay) {

    public record MostActiveUser(String userId, String name, long sessionCount) {
    }

    public record DayCount(LocalDate date, long count) {
    }
}
