package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.stats.GetStudyStatsUseCase;
import io.coup.videocall.application.port.in.stats.StudyStatsQuery;
import io.coup.videocall.application.port.in.stats.StudyStatsView;
import io.coup.videocall.application.port.out.AttendanceStatsPort;
import io.coup.videocall.application.port.out.AttendanceStatsPort.StudyTotals;
import io.coup.videocall.application.port.out.AttendanceStatsPort.UserActivity;
import io.coup.videocall.application.port.out.CallHistoryPort;
import io.coup.videocall.application.port.out.CallHistoryPort.AttendeeRecord;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.LoadUserPort;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.stats.ReportingPeriod;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@Transactional(readOnly = true)
public class GetStudyStatsService implements GetStudyStatsUseCase {

    /** Most calls attended wins; then more time attended; then the smaller user id, so the answer is stable. */
    private static final Comparator<UserActivity> MOST_ACTIVE = Comparator
            .comparingLong(UserActivity::sessions)
            .thenComparingLong(UserActivity::attendedMillis)
            .thenComparing(UserActivity::userId, Comparator.reverseOrder());

    private final StudyAccess access;
    private final AttendanceStatsPort stats;
    private final LoadSessionPort sessions;
    private final CallHistoryPort history;
    private final LoadUserPort users;
    private final Clock clock;

    public GetStudyStatsService(StudyAccess access, AttendanceStatsPort stats, LoadSessionPort sessions,
                                CallHistoryPort history, LoadUserPort users, Clock clock) {
        this.access = access;
        this.stats = stats;
        this.sessions = sessions;
        this.history = history;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public StudyStatsView studyStats(StudyStatsQuery q) {
        access.requireActiveMember(q.studyId(), q.caller());
        Instant now = clock.instant();
        ReportingPeriod period = ReportingPeriod.ending(now, q.period(), q.zone(),
                stats.firstSessionStart(q.studyId()).orElse(null));
        StudyTotals totals = stats.studyTotals(q.studyId(), period.from(), period.until());
        Map<UserId, UserActivity> activity = stats.userActivity(q.studyId(), period.from(), period.until()).stream()
                .collect(Collectors.toMap(UserActivity::userId, Function.identity(), (a, b) -> a, HashMap::new));
        Map<LocalDate, Long> perDay = new HashMap<>(stats.sessionsPerDay(q.studyId(), period));

        Optional<VideoCallSession.Snapshot> live = sessions.loadActiveSnapshot(q.studyId())
                .filter(s -> !s.startedAt().isBefore(period.from()) && s.startedAt().isBefore(period.until()));
        if (live.isPresent()) {
            VideoCallSession.Snapshot call = live.get();
            List<AttendeeRecord> attendees = history.loadAttendees(call.id());
            totals = new StudyTotals(totals.sessions() + 1, totals.participants() + attendees.size(),
                    totals.durationSeconds() + call.durationSeconds(now));
            perDay.merge(period.dayOf(call.startedAt()), 1L, Long::sum);
            for (AttendeeRecord attendee : attendees) {
                activity.merge(attendee.userId(), new UserActivity(attendee.userId(), 1, attendee.millis(now)),
                        (a, b) -> new UserActivity(a.userId(), a.sessions() + b.sessions(), a.attendedMillis() + b.attendedMillis()));
            }
        }

        List<StudyStatsView.DayCount> sessionsPerDay = period.days()
                .map(day -> new StudyStatsView.DayCount(day, perDay.getOrDefault(day, 0L)))
                .toList();
        long count = totals.sessions();
        return new StudyStatsView(q.period().label(), count, totals.participants(),
                count == 0 ? 0.0 : BigDecimal.valueOf(totals.participants())
                        .divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP).doubleValue(),
                totals.durationSeconds(), count == 0 ? 0 : totals.durationSeconds() / count,
                activity.values().stream().max(MOST_ACTIVE).map(this::mostActive).orElse(null),
                sessionsPerDay);
    }

    private StudyStatsView.MostActiveUser mostActive(UserActivity a) {
        String name = users.loadUser(a.userId()).map(User::name).orElse(null);
        return new StudyStatsView.MostActiveUser(a.userId().value(), name, a.sessions());
    }
}
