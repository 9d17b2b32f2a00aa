package io.coup.videocall.domain.stats;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingPeriodTest {

    private static final Instant NOW = Instant.parse("2025-11-19T10:00:00Z");
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void a_week_is_seven_calendar_days_ending_today() {
        ReportingPeriod week = ReportingPeriod.ending(NOW, PeriodKind.WEEK, UTC, null);

        assertThat(week.firstDay()).isEqualTo(LocalDate.parse("2025-11-13"));
        assertThat(week.lastDay()).isEqualTo(LocalDate.parse("2025-11-19"));
        assertThat(week.days()).hasSize(7);
    }

    @Test
    void a_month_is_thirty_calendar_days_ending_today() {
        ReportingPeriod month = ReportingPeriod.ending(NOW, PeriodKind.MONTH, UTC, null);

        assertThat(month.firstDay()).isEqualTo(LocalDate.parse("2025-10-21"));
        assertThat(month.lastDay()).isEqualTo(LocalDate.parse("2025-11-19"));
        assertThat(month.days()).hasSize(30);
    }

    @Test
    void a_year_is_365_calendar_days_ending_today() {
        ReportingPeriod year = ReportingPeriod.ending(NOW, PeriodKind.YEAR, UTC, null);

        assertThat(year.firstDay()).isEqualTo(LocalDate.parse("2024-11-20"));
        assertThat(year.days()).hasSize(365);
    }

    @Test
    void windows_ignore_the_first_activity() {
        ReportingPeriod week = ReportingPeriod.ending(NOW, PeriodKind.WEEK, UTC, Instant.parse("2020-01-01T00:00:00Z"));

        assertThat(week.firstDay()).isEqualTo(LocalDate.parse("2025-11-13"));
    }

    @Test
    void today_is_the_date_in_the_requested_zone() {
        Instant lateAfternoonUtc = Instant.parse("2025-11-19T15:30:00Z");

        ReportingPeriod week = ReportingPeriod.ending(lateAfternoonUtc, PeriodKind.WEEK, SEOUL, null);

        assertThat(week.lastDay()).isEqualTo(LocalDate.parse("2025-11-20"));
        assertThat(week.firstDay()).isEqualTo(LocalDate.parse("2025-11-14"));
    }

    @Test
    void an_instant_maps_to_its_calendar_day_in_the_zone() {
        ReportingPeriod seoul = ReportingPeriod.ending(NOW, PeriodKind.WEEK, SEOUL, null);
        ReportingPeriod utc = ReportingPeriod.ending(NOW, PeriodKind.WEEK, UTC, null);
        Instant instant = Instant.parse("2025-11-19T15:30:00Z");

        assertThat(seoul.dayOf(instant)).isEqualTo(LocalDate.parse("2025-11-20"));
        assertThat(utc.dayOf(instant)).isEqualTo(LocalDate.parse("2025-11-19"));
    }

    @Test
    void the_window_runs_from_midnight_of_the_first_day_to_midnight_after_today_in_the_zone() {
        ReportingPeriod week = ReportingPeriod.ending(Instant.parse("2025-11-19T15:30:00Z"), PeriodKind.WEEK, SEOUL, null);

        assertThat(week.from()).isEqualTo(Instant.parse("2025-11-13T15:00:00Z"));   // 2025-11-14 00:00 KST
        assertThat(week.until()).isEqualTo(Instant.parse("2025-11-20T15:00:00Z"));  // 2025-11-21 00:00 KST
    }

    @Test
    void the_window_in_utc_is_bounded_by_utc_midnights() {
        ReportingPeriod week = ReportingPeriod.ending(NOW, PeriodKind.WEEK, UTC, null);

        assertThat(week.from()).isEqualTo(Instant.parse("2025-11-13T00:00:00Z"));
        assertThat(week.until()).isEqualTo(Instant.parse("2025-11-20T00:00:00Z"));
    }

    @Test
    void days_are_every_day_of_the_window_oldest_first() {
        ReportingPeriod week = ReportingPeriod.ending(NOW, PeriodKind.WEEK, UTC, null);

        assertThat(week.days()).containsExactly(
                LocalDate.parse("2025-11-13"), LocalDate.parse("2025-11-14"), LocalDate.parse("2025-11-15"),
                LocalDate.parse("2025-11-16"), LocalDate.parse("2025-11-17"), LocalDate.parse("2025-11-18"),
                LocalDate.parse("2025-11-19"));
    }

    @Test
    void all_starts_on_the_day_of_the_first_activity_in_the_zone() {
        Instant firstCall = Instant.parse("2025-11-01T16:00:00Z"); // 2025-11-02 01:00 in Seoul

        ReportingPeriod all = ReportingPeriod.ending(NOW, PeriodKind.ALL, SEOUL, firstCall);

        assertThat(all.firstDay()).isEqualTo(LocalDate.parse("2025-11-02"));
        assertThat(all.lastDay()).isEqualTo(LocalDate.parse("2025-11-19"));
        assertThat(all.from()).isEqualTo(Instant.parse("2025-11-01T15:00:00Z"));
        assertThat(all.days()).hasSize(18);
    }

    @Test
    void all_without_any_activity_is_just_today() {
        ReportingPeriod all = ReportingPeriod.ending(NOW, PeriodKind.ALL, UTC, null);

        assertThat(all.firstDay()).isEqualTo(LocalDate.parse("2025-11-19"));
        assertThat(all.days()).containsExactly(LocalDate.parse("2025-11-19"));
    }

    @Test
    void all_with_a_first_activity_after_today_is_just_today() {
        ReportingPeriod all = ReportingPeriod.ending(NOW, PeriodKind.ALL, UTC, NOW.plusSeconds(3 * 86_400));

        assertThat(all.firstDay()).isEqualTo(all.lastDay());
    }

    @Test
    void a_window_cannot_start_after_it_ends() {
        assertThatThrownBy(() -> new ReportingPeriod(PeriodKind.ALL, UTC,
                LocalDate.parse("2025-11-20"), LocalDate.parse("2025-11-19")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_day_with_a_daylight_saving_change_is_still_one_calendar_day() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant afterFallBack = Instant.parse("2025-11-03T12:00:00Z"); // 2025-11-02 was 25 hours long there

        ReportingPeriod week = ReportingPeriod.ending(afterFallBack, PeriodKind.WEEK, newYork, null);

        assertThat(week.days()).hasSize(7);
        assertThat(week.from()).isEqualTo(Instant.parse("2025-10-28T04:00:00Z"));
        assertThat(week.until()).isEqualTo(Instant.parse("2025-11-04T05:00:00Z"));
    }
}
