package io.coup.videocall.adapter.in.rest.call;

import io.coup.videocall.adapter.in.rest.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryRangeTest {

    @Test
    void no_dates_no_bounds() {
        assertThat(HistoryRange.parse(null, "", null)).isEqualTo(new HistoryRange(null, null));
    }

    @Test
    void a_date_runs_from_its_first_instant_through_its_last_in_utc_by_default() {
        assertThat(HistoryRange.parse("2025-11-19", "2025-11-19", null)).isEqualTo(new HistoryRange(
                Instant.parse("2025-11-19T00:00:00Z"), Instant.parse("2025-11-20T00:00:00Z")));
    }

    @Test
    void a_date_is_a_calendar_day_of_the_given_zone() {
        assertThat(HistoryRange.parse("2025-11-19", "2025-11-19", "Asia/Seoul")).isEqualTo(new HistoryRange(
                Instant.parse("2025-11-18T15:00:00Z"), Instant.parse("2025-11-19T15:00:00Z")));
    }

    @Test
    void an_instant_is_taken_as_is_and_the_end_is_inclusive() {
        assertThat(HistoryRange.parse("2025-11-19T10:00:00Z", "2025-11-19T12:00:00+09:00", "Asia/Seoul"))
                .isEqualTo(new HistoryRange(Instant.parse("2025-11-19T10:00:00Z"),
                        Instant.parse("2025-11-19T03:00:00.001Z")));
    }

    @Test
    void a_date_time_without_offset_is_read_in_the_zone() {
        assertThat(HistoryRange.parse("2025-11-19T09:00:00", null, "Asia/Seoul").from())
                .isEqualTo(Instant.parse("2025-11-19T00:00:00Z"));
    }

    @Test
    void every_bad_parameter_is_named() {
        assertThatThrownBy(() -> HistoryRange.parse("19/11/2025", "soon", "Moon/Base"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.details()).isEqualTo(Map.of(
                        "fields", Map.of("startDate", HistoryRange.PROBLEM, "endDate", HistoryRange.PROBLEM,
                                "tz", "must be a time zone such as UTC or Asia/Seoul"))));
    }
}
