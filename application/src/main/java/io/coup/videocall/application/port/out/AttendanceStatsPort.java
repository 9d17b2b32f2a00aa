package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.stats.ReportingPeriod;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aggregates over a study's <em>ended</em> calls started in [{@code from}, {@code until}), computed by the
 * store. The call in progress is left out: its figures move every second, and the caller adds them from the
 * live aggregate.
 */
public interface AttendanceStatsPort {

    UserTotals userTotals(StudyId studyId, UserId userId, Instant from, Instant until);

    StudyTotals studyTotals(StudyId studyId, Instant from, Instant until);

    /** Per person: calls attended and time attended, one row per distinct participant. */
    List<UserActivity> userActivity(StudyId studyId, Instant from, Instant until);

    /** How many ended calls started on each day of the period, a day of the period's zone; days without one left out. */
    Map<LocalDate, Long> sessionsPerDay(StudyId studyId, ReportingPeriod period);

    /** When the study's first call (ended or not) started. */
    Optional<Instant> firstSessionStart(StudyId studyId);

    /** Whether the user ever took part in a call of the study, the call in progress included. */
    boolean hasParticipated(StudyId studyId, UserId userId);

    /** @param firstJoin the user's earliest join in the period, null when {@code sessions} is 0 */
    record UserTotals(long sessions, long attendedMillis, long audioMutedMillis, long videoOffMillis,
                      long screenSharedMillis, Instant firstJoin, Instant lastJoin) {
    }

    /** @param durationSeconds sum of the calls' lengths */
    record StudyTotals(long sessions, long participants, long durationSeconds) {
    }

    record UserActivity(UserId userId, long sessions, long attendedMillis) {
    }
}
