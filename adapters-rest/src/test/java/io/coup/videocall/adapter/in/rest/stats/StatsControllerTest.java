package io.coup.videocall.adapter.in.rest.stats;

import io.coup.videocall.adapter.in.rest.HttpTestSupport;
import io.coup.videocall.application.port.in.stats.StudyStatsQuery;
import io.coup.videocall.application.port.in.stats.UserStatsQuery;
import io.coup.videocall.domain.stats.PeriodKind;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.test.json.JsonCompareMode;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StatsControllerTest extends HttpTestSupport {

    @Test
    void user_stats_default_to_all_time_in_utc_for_the_user_in_the_path_asked_by_the_token() throws Exception {
        mvc.perform(getAs("alice", CALL + "/stats/users/bob"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"stats": {"userId": "bob", "totalSessions": 3, "totalDuration": 5400, "averageDuration": 1800,
                                   "totalAudioMutedTime": 60, "totalVideoOffTime": 120, "totalScreenSharedTime": 30,
                                   "firstSession": "2025-11-19T10:30:00.000Z", "lastSession": "2025-11-19T11:00:00.007Z"}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.last(UserStatsQuery.class)).isEqualTo(new UserStatsQuery(StudyId.of("algo"),
                UserId.of("alice"), UserId.of("bob"), PeriodKind.ALL, ZoneOffset.UTC));
    }

    @Test
    void user_stats_take_period_and_zone() throws Exception {
        mvc.perform(getAs("alice", CALL + "/stats/users/bob?period=month&tz=Asia/Seoul")).andExpect(status().isOk());

        UserStatsQuery query = useCases.last(UserStatsQuery.class);
        assertThat(query.period()).isEqualTo(PeriodKind.MONTH);
        assertThat(query.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void study_stats_default_to_the_last_week_in_utc() throws Exception {
        mvc.perform(getAs("alice", CALL + "/stats"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"stats": {"period": "week", "totalSessions": 4, "totalParticipants": 9,
                                   "averageParticipants": 2.3, "totalDuration": 7200, "averageDuration": 1800,
                                   "mostActiveUser": {"userId": "alice", "name": "Alice", "sessionCount": 3},
                                   "sessionsPerDay": [{"date": "2025-11-18", "count": 1},
                                                      {"date": "2025-11-19", "count": 3}]}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.last(StudyStatsQuery.class)).isEqualTo(new StudyStatsQuery(StudyId.of("algo"),
                UserId.of("alice"), PeriodKind.WEEK, ZoneOffset.UTC));
    }

    @Test
    void study_stats_take_period_and_zone() throws Exception {
        mvc.perform(getAs("alice", CALL + "/stats?period=year&tz=Asia/Seoul")).andExpect(status().isOk());

        StudyStatsQuery query = useCases.last(StudyStatsQuery.class);
        assertThat(query.period()).isEqualTo(PeriodKind.YEAR);
        assertThat(query.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void an_unknown_period_is_a_bad_field() throws Exception {
        mvc.perform(getAs("alice", CALL + "/stats?period=decade"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST",
                         "details": {"fields": {"period": "must be one of week, month, year, all"}}}
                        """));
        assertThat(useCases.received()).isEmpty();
    }

    @Test
    void an_unknown_time_zone_is_a_bad_field() throws Exception {
        mvc.perform(getAs("alice", CALL + "/stats/users/bob?tz=Nowhere/City"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST",
                         "details": {"fields": {"tz": "must be a time zone such as UTC or Asia/Seoul"}}}
                        """));
    }
}
