package io.coup.videocall.application.port.in.stats;

public interface GetStudyStatsUseCase {

    StudyStatsView studyStats(StudyStatsQuery query);
}
