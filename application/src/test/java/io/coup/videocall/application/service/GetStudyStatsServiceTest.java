package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.stats.StudyStatsQuery;
import io.coup.videocall.application.port.in.stats.StudyStatsView;
import io.coup.videocall.application.port.in.stats.StudyStatsView.DayCount;
import io.coup.videocall.application.port.in.stats.StudyStatsView.MostActiveUser;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.stats.PeriodKind;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static io.coup.videocall.application.service.Fixture.ADMIN;
import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.CAROL;
import static io.coup.videocall.application.service.Fixture.GHOST;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Unless a test moves it, the clock stands at 2025-11-19T10:00Z: the UTC week is 2025-11-13 .. 2025-11-19. */
class GetStudyStatsServiceTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Fixture world = new Fixture();
    private final GetStudyStatsService service = world.studyStats();

    private StudyStatsView stats(PeriodKind period, ZoneId zone) {
        return service.studyStats(new StudyStatsQuery(STUDY, MEMBER, period, zone));
    }

    private StudyStatsView week() {
        return stats(PeriodKind.WEEK, ZoneOffset.UTC);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void the_week_sums_up_the_studys_calls_of_the_last_seven_days() {
        world.endedCall(at("2025-11-01T09:00:00Z"), 5000, OWNER, OWNER, MEMBER);            // before the week
        world.endedCall(at("2025-11-14T09:00:00Z"), 1800, OWNER, OWNER, MEMBER);
        world.endedCall(at("2025-11-14T20:00:00Z"), 600, OWNER, OWNER, MEMBER, BOB);
        world.endedCall(at("2025-11-17T12:00:00Z"), 1200, MEMBER, MEMBER, BOB);
        world.endedCall(OTHER_STUDY, at("2025-11-18T12:00:00Z"), 999, ZOE, ZOE, MEMBER);   // another study

        StudyStatsView view = week();

        assertThat(view.period()).isEqualTo("week");
        assertThat(view.totalSessions()).isEqualTo(3);
        assertThat(view.totalParticipants()).isEqualTo(7);
        assertThat(view.averageParticipants()).isEqualTo(2.3);
        assertThat(view.totalDuration()).isEqualTo(3600);
        assertThat(view.averageDuration()).isEqualTo(1200);
        assertThat(view.mostActiveUser()).isEqualTo(new MostActiveUser("mina", "Mina", 3));
        assertThat(view.sessionsPerDay()).containsExactly(
                new DayCount(day("2025-11-13"), 0),
                new DayCount(day("2025-11-14"), 2),
                new DayCount(day("2025-11-15"), 0),
                new DayCount(day("2025-11-16"), 0),
                new DayCount(day("2025-11-17"), 1),
                new DayCount(day("2025-11-18"), 0),
                new DayCount(day("2025-11-19"), 0));
    }

    @Test
    void the_average_number_of_participants_is_rounded_to_one_decimal() {
        world.endedCall(at("2025-11-14T09:00:00Z"), 60, OWNER, OWNER, MEMBER);
        world.endedCall(at("2025-11-15T09:00:00Z"), 60, OWNER, OWNER, MEMBER);
        world.endedCall(at("2025-11-16T09:00:00Z"), 60, OWNER, OWNER, MEMBER);
        world.endedCall(at("2025-11-17T09:00:00Z"), 60, OWNER, OWNER, MEMBER);
        world.endedCall(at("2025-11-18T09:00:00Z"), 60, OWNER, OWNER, MEMBER, BOB, CAROL);
        world.endedCall(at("2025-11-18T10:00:00Z"), 60, OWNER, OWNER, MEMBER);

        assertThat(week().averageParticipants()).isEqualTo(2.3);   // 14 / 6 = 2.33

        world.endedCall(at("2025-11-18T11:00:00Z"), 60, OWNER, OWNER, MEMBER, BOB, CAROL);
        assertThat(week().averageParticipants()).isEqualTo(2.6);   // 18 / 7 = 2.57
    }

    @Test
    void without_calls_everything_is_zero_and_every_day_is_there() {
        StudyStatsView view = week();

        assertThat(view.totalSessions()).isZero();
        assertThat(view.totalParticipants()).isZero();
        assertThat(view.averageParticipants()).isZero();
        assertThat(view.totalDuration()).isZero();
        assertThat(view.averageDuration()).isZero();
        assertThat(view.mostActiveUser()).isNull();
        assertThat(view.sessionsPerDay()).hasSize(7).extracting(DayCount::count).containsOnly(0L);
        assertThat(view.sessionsPerDay().get(0).date()).isEqualTo(day("2025-11-13"));
        assertThat(view.sessionsPerDay().get(6).date()).isEqualTo(day("2025-11-19"));
    }

    @Test
    void a_call_at_15_30_utc_counts_on_the_next_day_in_seoul() {
        world.clock.setInstant(at("2025-11-19T16:00:00Z"));                   // 2025-11-20T01:00 in Seoul
        world.endedCall(at("2025-11-19T15:30:00Z"), 600, OWNER, OWNER);

        StudyStatsView seoul = stats(PeriodKind.WEEK, SEOUL);
        StudyStatsView utc = stats(PeriodKind.WEEK, ZoneOffset.UTC);

        assertThat(seoul.sessionsPerDay()).hasSize(7);
        assertThat(seoul.sessionsPerDay().get(0).date()).isEqualTo(day("2025-11-14"));
        assertThat(seoul.sessionsPerDay().get(6)).isEqualTo(new DayCount(day("2025-11-20"), 1));
        assertThat(utc.sessionsPerDay().get(6)).isEqualTo(new DayCount(day("2025-11-19"), 1));
    }

    @Test
    void the_window_starts_at_midnight_of_the_first_day_in_the_time_zone() {
        world.clock.setInstant(at("2025-11-19T16:00:00Z"));                   // Seoul week: 2025-11-14 .. 2025-11-20
        world.endedCall(at("2025-11-13T14:59:59Z"), 60, OWNER, OWNER);        // 2025-11-13T23:59:59 in Seoul: out
        world.endedCall(at("2025-11-13T15:00:00Z"), 60, OWNER, OWNER);        // 2025-11-14T00:00 in Seoul: in

        StudyStatsView seoul = stats(PeriodKind.WEEK, SEOUL);

        assertThat(seoul.totalSessions()).isEqualTo(1);
        assertThat(seoul.sessionsPerDay().get(0)).isEqualTo(new DayCount(day("2025-11-14"), 1));
    }

    @Test
    void month_and_year_are_the_last_30_and_365_days() {
        world.endedCall(at("2025-10-21T09:00:00Z"), 60, OWNER, OWNER);        // first day of the month window
        world.endedCall(at("2025-10-20T09:00:00Z"), 60, OWNER, OWNER);        // one day earlier

        StudyStatsView month = stats(PeriodKind.MONTH, ZoneOffset.UTC);
        StudyStatsView year = stats(PeriodKind.YEAR, ZoneOffset.UTC);

        assertThat(month.period()).isEqualTo("month");
        assertThat(month.sessionsPerDay()).hasSize(30);
        assertThat(month.sessionsPerDay().get(0)).isEqualTo(new DayCount(day("2025-10-21"), 1));
        assertThat(month.totalSessions()).isEqualTo(1);
        assertThat(year.period()).isEqualTo("year");
        assertThat(year.sessionsPerDay()).hasSize(365);
        assertThat(year.sessionsPerDay().get(0).date()).isEqualTo(day("2024-11-20"));
        assertThat(year.totalSessions()).isEqualTo(2);
    }

    @Test
    void all_starts_at_the_day_of_the_studys_first_call() {
        world.endedCall(at("2025-11-10T23:30:00Z"), 60, OWNER, OWNER);        // 2025-11-11 in Seoul
        world.endedCall(at("2025-11-18T09:00:00Z"), 60, OWNER, OWNER);

        StudyStatsView utc = stats(PeriodKind.ALL, ZoneOffset.UTC);
        StudyStatsView seoul = stats(PeriodKind.ALL, SEOUL);

        assertThat(utc.period()).isEqualTo("all");
        assertThat(utc.totalSessions()).isEqualTo(2);
        assertThat(utc.sessionsPerDay()).hasSize(10);
        assertThat(utc.sessionsPerDay().get(0)).isEqualTo(new DayCount(day("2025-11-10"), 1));
        assertThat(seoul.sessionsPerDay()).hasSize(9);
        assertThat(seoul.sessionsPerDay().get(0)).isEqualTo(new DayCount(day("2025-11-11"), 1));
    }

    @Test
    void all_without_any_call_is_just_today() {
        assertThat(stats(PeriodKind.ALL, ZoneOffset.UTC).sessionsPerDay())
                .containsExactly(new DayCount(day("2025-11-19"), 0));
    }

    @Test
    void the_call_in_progress_counts_with_its_elapsed_time_and_everyone_who_joined_it() {
        world.endedCall(at("2025-11-18T09:00:00Z"), 1000, OWNER, OWNER, BOB);
        SessionId live = world.call(OWNER, OWNER, MEMBER, CAROL);
        world.advance(300);
        world.change(live, s -> s.leave(CAROL, world.now(), LeaveReason.LEFT));
        world.clock.advanceMillis(200_700);

        StudyStatsView view = week();

        assertThat(view.totalSessions()).isEqualTo(2);
        assertThat(view.totalParticipants()).isEqualTo(5);
        assertThat(view.averageParticipants()).isEqualTo(2.5);
        assertThat(view.totalDuration()).isEqualTo(1500);
        assertThat(view.averageDuration()).isEqualTo(750);
        assertThat(view.mostActiveUser()).isEqualTo(new MostActiveUser("olivia", "Olivia", 2));
        assertThat(view.sessionsPerDay().get(5)).isEqualTo(new DayCount(day("2025-11-18"), 1));
        assertThat(view.sessionsPerDay().get(6)).isEqualTo(new DayCount(day("2025-11-19"), 1));
    }

    @Test
    void the_most_active_user_attended_the_most_calls_even_if_for_less_time() {
        world.endedCall(at("2025-11-14T09:00:00Z"), 60, OWNER, BOB);
        world.endedCall(at("2025-11-15T09:00:00Z"), 60, OWNER, BOB);
        world.endedCall(at("2025-11-16T09:00:00Z"), 5000, OWNER, CAROL);

        assertThat(week().mostActiveUser()).isEqualTo(new MostActiveUser("bob", "Bob", 2));
    }

    @Test
    void between_as_many_calls_more_attended_time_wins() {
        world.endedCall(at("2025-11-14T09:00:00Z"), 60, OWNER, ADMIN);
        world.endedCall(at("2025-11-15T09:00:00Z"), 61, OWNER, CAROL);

        assertThat(week().mostActiveUser()).isEqualTo(new MostActiveUser("carol", "Carol", 1));
    }

    @Test
    void the_time_of_the_call_in_progress_counts_for_the_tie_break() {
        world.endedCall(at("2025-11-14T09:00:00Z"), 100, OWNER, ADMIN);
        world.call(OWNER, CAROL);
        world.advance(101);

        assertThat(week().mostActiveUser()).isEqualTo(new MostActiveUser("carol", "Carol", 1));
    }

    @Test
    void between_equals_the_smaller_user_id_wins() {
        world.endedCall(at("2025-11-14T09:00:00Z"), 60, OWNER, CAROL);
        world.endedCall(at("2025-11-15T09:00:00Z"), 60, OWNER, BOB);
        world.endedCall(at("2025-11-16T09:00:00Z"), 60, OWNER, ADMIN);

        assertThat(week().mostActiveUser()).isEqualTo(new MostActiveUser("adam", "Adam", 1));
    }

    @Test
    void a_most_active_user_without_a_profile_has_no_name() {
        world.endedCall(at("2025-11-14T09:00:00Z"), 60, OWNER, GHOST);

        assertThat(week().mostActiveUser()).isEqualTo(new MostActiveUser("ghost", null, 1));
    }

    @Test
    void calls_are_counted_for_their_start_day_even_when_they_run_past_midnight() {
        world.endedCall(at("2025-11-17T23:30:00Z"), 3600, OWNER, OWNER);

        List<DayCount> days = week().sessionsPerDay();

        assertThat(days.get(4)).isEqualTo(new DayCount(day("2025-11-17"), 1));
        assertThat(days.get(5)).isEqualTo(new DayCount(day("2025-11-18"), 0));
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_see_the_stats(StudyId study, UserId caller) {
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER,
                () -> service.studyStats(new StudyStatsQuery(study, caller, PeriodKind.WEEK, ZoneOffset.UTC)));
    }
}
