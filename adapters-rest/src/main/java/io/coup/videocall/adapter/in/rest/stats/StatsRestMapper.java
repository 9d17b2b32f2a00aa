package io.coup.videocall.adapter.in.rest.stats;

import io.coup.videocall.adapter.in.rest.RestMapperConfig;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.StudyStatsBody;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.StudyStatsResponse;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.UserStatsBody;
import io.coup.videocall.adapter.in.rest.stats.StatsResponses.UserStatsResponse;
import io.coup.videocall.application.port.in.stats.StudyStatsView;
import io.coup.videocall.application.port.in.stats.UserStatsView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RestMapperConfig.class)
public interface StatsRestMapper {

    UserStatsBody toBody(UserStatsView view);

    @Mapping(target = "stats", source = "view")
    UserStatsResponse toResponse(UserStatsView view);

    StudyStatsBody toBody(StudyStatsView view);

    @Mapping(target = "stats", source = "view")
    StudyStatsResponse toResponse(StudyStatsView view);
}
