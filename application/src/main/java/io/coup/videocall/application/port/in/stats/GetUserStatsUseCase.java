package io.coup.videocall.application.port.in.stats;

public interface GetUserStatsUseCase {

    UserStatsView userStats(UserStatsQuery query);
}
