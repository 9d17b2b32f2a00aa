package io.coup.videocall.application.port.in.stats;

import io.coup.videocall.domain.stats.PeriodKind;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.ZoneId;
import java.util.Objects;

public record StudyStatsQuery(StudyId studyId, UserId caller, PeriodKind period, ZoneId zone) {

    public StudyStatsQuery {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
    }
}
