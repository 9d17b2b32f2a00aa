package io.coup.videocall.adapter.in.rest.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Response bodies of the statistics endpoints (SPEC §4.2). Durations in whole seconds. */
public final class StatsResponses {

    private StatsResponses() {
    }

    /** {@code {"stats": {...}}} for one member. */
    public record UserStatsResponse(UserStatsBody stats) {
    }

    public record UserStatsBody(String userId, long totalSessions, long totalDuration, long averageDuration,
                                long totalAudioMutedTime, long totalVideoOffTime, long totalScreenSharedTime,
                                Instant firstSession, Instant lastSession) {
    }

    /** {@code {"stats": {...}}} for the study. */
    public record StudyStatsResponse(StudyStatsBody stats) {
    }

    public record StudyStatsBody(String period, long totalSessions, long totalParticipants, double averageParticipants,
                                 long totalDuration, long averageDuration, MostActiveUserBody mostActiveUser,
                                 List<DayCountBody> sessionsPerDay) {
    }

    public record MostActiveUserBody(String userId, String name, long sessionCount) {
    }

    public record DayCountBody(LocalDate date, long count) {
    }
}
