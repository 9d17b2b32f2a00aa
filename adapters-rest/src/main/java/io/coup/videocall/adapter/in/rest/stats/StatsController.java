package io.coup.videocall.adapter.in.rest.stats;

import io.coup.videocall.adapter.in.rest.Caller;
import io.coup.videocall.adapter.in.rest.TimeZoneParameter;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.StudyStatsResponse;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.UserStatsResponse;
import io.coup.videocall.application.port.in.stats.GetStudyStatsUseCase;
import io.coup.videocall.application.port.in.stats.GetUserStatsUseCase;
import io.coup.videocall.application.port.in.stats.StudyStatsQuery;
import io.coup.videocall.application.port.in.stats.UserStatsQuery;
import io.coup.videocall.domain.stats.PeriodKind;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Statistics", description = "Attendance statistics of a study's calls")
@RestController
@RequestMapping("/api/my-studies/{studyId}/video-call/stats")
public class StatsController {

    private final GetUserStatsUseCase userStats;
    private final GetStudyStatsUseCase studyStats;
    private final StatsRestMapper mapper;

    public StatsController(GetUserStatsUseCase userStats, GetStudyStatsUseCase studyStats, StatsRestMapper mapper) {
        this.userStats = userStats;
        this.studyStats = studyStats;
        this.mapper = mapper;
    }

    @Operation(summary = "One member's attendance in this study (the member themself or a moderator)")
    @GetMapping("/users/{userId}")
    UserStatsResponse user(@PathVariable String studyId, @PathVariable String userId,
                           @Parameter(schema = @Schema(allowableValues = {"week", "month", "year", "all"}, defaultValue = "all"))
                           @RequestParam(name = "period", required = false) String period,
                           @Parameter(description = "Time zone of the calendar days; default UTC")
                           @RequestParam(name = "tz", required = false) String tz,
                           @AuthenticationPrincipal Jwt jwt) {
        UserStatsQuery query = new UserStatsQuery(StudyId.of(studyId), Caller.of(jwt), UserId.of(userId),
                PeriodKind.parse(period, PeriodKind.ALL), TimeZoneParameter.parse(tz));
        return mapper.toResponse(userStats.userStats(query));
    }

    @Operation(summary = "The study's calls over the last 7/30/365 days, or all time, by calendar day in tz")
    @GetMapping
    StudyStatsResponse study(@PathVariable String studyId,
                             @Parameter(schema = @Schema(allowableValues = {"week", "month", "year", "all"}, defaultValue = "week"))
                             @RequestParam(name = "period", required = false) String period,
                             @Parameter(description = "Time zone of the calendar days; default UTC")
                             @RequestParam(name = "tz", required = false) String tz,
                             @AuthenticationPrincipal Jwt jwt) {
        StudyStatsQuery query = new StudyStatsQuery(StudyId.of(studyId), Caller.of(jwt),
                PeriodKind.parse(period, PeriodKind.WEEK), TimeZoneParameter.parse(tz));
        return mapper.toResponse(studyStats.studyStats(query));
    }
}
