package io.coup.videocall.application.port.in.stats;

import io.coup.videocall.domain.stats.PeriodKind;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.ZoneId;
import java.util.Objects;

/** One member's attendance within a study, asked by themself or a moderator. */
public record UserStatsQuery(StudyId studyId, UserId caller, UserId subject, PeriodKind period, ZoneId zone) {

    public UserStatsQuery {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
    }
}
