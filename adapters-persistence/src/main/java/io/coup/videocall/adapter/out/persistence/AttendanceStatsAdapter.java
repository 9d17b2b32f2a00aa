package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.adapter.out.persistence.RollupGrain.Range;
import io.coup.videocall.adapter.out.persistence.RollupGrain.Split;
import io.coup.videocall.application.port.out.AttendanceStatsPort;
import io.coup.videocall.domain.stats.ReportingPeriod;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Statistics of <em>ended</em> calls started in [{@code from}, {@code until}), computed by the database. The whole
 * UTC days (users) or quarter hours (calls) of a period are read from the rollups that {@link StatsRollups} keeps;
 * only the uneven ends of a period, less than a day, are summed from the call and participant rows. No segment is
 * read and no row is loaded into memory to be summed.
 */
@Component
public class AttendanceStatsAdapter implements AttendanceStatsPort {

    private final VideoCallSessionSpringDataRepository sessions;
    private final ParticipantSpringDataRepository participants;
    private final StudyCallRollupSpringDataRepository callRollups;
    private final UserAttendanceRollupSpringDataRepository userRollups;

    public AttendanceStatsAdapter(VideoCallSessionSpringDataRepository sessions,
                                  ParticipantSpringDataRepository participants,
                                  StudyCallRollupSpringDataRepository callRollups,
                                  UserAttendanceRollupSpringDataRepository userRollups) {
        this.sessions = sessions;
        this.participants = participants;
        this.callRollups = callRollups;
        this.userRollups = userRollups;
    }

    @Override
    public UserTotals userTotals(StudyId studyId, UserId userId, Instant from, Instant until) {
        Split split = RollupGrain.UTC_DAY.split(from, until);
        UserTotals totals = new UserTotals(0, 0, 0, 0, 0, null, null);
        if (split.hasWhole()) {
            totals = plus(totals, userRollups.totalsOf(studyId.value(), userId.value(), split.wholeFrom(),
                    split.wholeUntil()));
        }
        for (Range rest : split.uneven()) {
            totals = plus(totals, participants.endedTotalsOf(studyId.value(), userId.value(), rest.from(), rest.until()));
        }
        return totals;
    }

    @Override
    public StudyTotals studyTotals(StudyId studyId, Instant from, Instant until) {
        Split split = RollupGrain.QUARTER_HOUR.split(from, until);
        StudyTotals totals = new StudyTotals(0, 0, 0);
        if (split.hasWhole()) {
            totals = plus(totals, callRollups.totals(studyId.value(), split.wholeFrom(), split.wholeUntil()));
        }
        for (Range rest : split.uneven()) {
            totals = plus(totals, sessions.endedTotals(studyId.value(), rest.from(), rest.until()));
        }
        return totals;
    }

    @Override
    public List<UserActivity> userActivity(StudyId studyId, Instant from, Instant until) {
        Split split = RollupGrain.UTC_DAY.split(from, until);
        List<UserActivityRow> rows = new ArrayList<>();
        if (split.hasWhole()) {
            rows.addAll(userRollups.activity(studyId.value(), split.wholeFrom(), split.wholeUntil()));
        }
        for (Range rest : split.uneven()) {
            rows.addAll(participants.endedActivity(studyId.value(), rest.from(), rest.until()));
        }
        Map<String, UserActivity> byUser = new TreeMap<>();
        for (UserActivityRow row : rows) {
            byUser.merge(row.userId(), new UserActivity(UserId.of(row.userId()), row.sessions().longValue(),
                    row.attendedMs().longValue()), (a, b) -> new UserActivity(a.userId(), a.sessions() + b.sessions(),
                    a.attendedMillis() + b.attendedMillis()));
        }
        return List.copyOf(byUser.values());
    }

    /**
     * A quarter hour lies within one day of the zone whenever the zone's offset is a whole number of quarter hours,
     * as every offset in use is; a bucket that straddles a midnight of the zone all the same is counted from its calls.
     */
    @Override
    public Map<LocalDate, Long> sessionsPerDay(StudyId studyId, ReportingPeriod period) {
        Split split = RollupGrain.QUARTER_HOUR.split(period.from(), period.until());
        Map<LocalDate, Long> perDay = new TreeMap<>();
        List<Range> fromCallRows = new ArrayList<>(split.uneven());
        if (split.hasWhole()) {
            for (StudyCallRollupJpaEntity bucket : callRollups.buckets(studyId.value(), split.wholeFrom(),
                    split.wholeUntil())) {
                Instant start = Instant.ofEpochSecond(bucket.bucketStart());
                Instant end = start.plusSeconds(RollupGrain.QUARTER_HOUR.seconds());
                LocalDate day = period.dayOf(start);
                if (day.equals(period.dayOf(end.minusNanos(1)))) {
                    perDay.merge(day, bucket.getSessions(), Long::sum);
                } else {
                    fromCallRows.add(new Range(start, end));
                }
            }
        }
        for (Range range : fromCallRows) {
            for (Instant start : sessions.endedStarts(studyId.value(), range.from(), range.until())) {
                perDay.merge(period.dayOf(start), 1L, Long::sum);
            }
        }
        return perDay;
    }

    @Override
    public Optional<Instant> firstSessionStart(StudyId studyId) {
        return sessions.firstStart(studyId.value());
    }

    @Override
    public boolean hasParticipated(StudyId studyId, UserId userId) {
        return participants.existsByUserIdAndSessionStudyId(userId.value(), studyId.value());
    }

    private static UserTotals plus(UserTotals sum, UserTotalsRow row) {
        return new UserTotals(sum.sessions() + row.sessions().longValue(),
                sum.attendedMillis() + row.attendedMs().longValue(),
                sum.audioMutedMillis() + row.audioMutedMs().longValue(),
                sum.videoOffMillis() + row.videoOffMs().longValue(),
                sum.screenSharedMillis() + row.screenSharedMs().longValue(),
                earlier(sum.firstJoin(), row.firstJoin()), later(sum.lastJoin(), row.lastJoin()));
    }

    private static StudyTotals plus(StudyTotals sum, StudyTotalsRow row) {
        return new StudyTotals(sum.sessions() + row.sessions().longValue(),
                sum.participants() + row.participants().longValue(),
                sum.durationSeconds() + row.durationSeconds().longValue());
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
