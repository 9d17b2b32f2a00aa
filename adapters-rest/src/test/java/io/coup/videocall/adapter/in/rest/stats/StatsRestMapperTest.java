package io.coup.videocall.adapter.in.rest.stats;

import io.coup.videocall.adapter.in.rest.Samples;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.DayCountBody;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.MostActiveUserBody;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.StudyStatsBody;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.StudyStatsResponse;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.UserStatsBody;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.UserStatsResponse;
import io.coup.videocall.application.port.in.stats.StudyStatsView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.coup.videocall.adapter.in.rest.Samples.T0;
import static io.coup.videocall.adapter.in.rest.Samples.T2;
import static org.assertj.core.api.Assertions.assertThat;

class StatsRestMapperTest {

    private final StatsRestMapper mapper = new StatsRestMapperImpl();

    @Test
    void user_stats() {
        assertThat(mapper.toResponse(Samples.USER_STATS)).isEqualTo(new UserStatsResponse(
                new UserStatsBody("bob", 3, 5400, 1800, 60, 120, 30, T0, T2)));
    }

    @Test
    void study_stats() {
        assertThat(mapper.toResponse(Samples.STUDY_STATS)).isEqualTo(new StudyStatsResponse(new StudyStatsBody(
                "week", 4, 9, 2.3, 7200, 1800, new MostActiveUserBody("alice", "Alice", 3),
                List.of(new DayCountBody(LocalDate.parse("2025-11-18"), 1),
                        new DayCountBody(LocalDate.parse("2025-11-19"), 3)))));
    }

    @Test
    void study_stats_without_a_most_active_user() {
        StudyStatsView empty = new StudyStatsView("all", 0, 0, 0.0, 0, 0, null, List.of());

        assertThat(mapper.toBody(empty)).isEqualTo(new StudyStatsBody("all", 0, 0, 0.0, 0, 0, null, List.of()));
    }
}
