package io.coup.videocall.application.port.in.call;

import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A page of a study's past and present calls, newest first.
 *
 * @param startedFrom inclusive lower bound on {@code startedAt}, or null
 * @param startedUntil exclusive upper bound on {@code startedAt}, or null
 */
public record CallHistoryQuery(StudyId studyId, UserId caller, int page, int limit, Instant startedFrom,
                               Instant startedUntil) {

    public static final int MAX_LIMIT = 100;

    public CallHistoryQuery {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(caller, "caller");
        if (page < 1) {
            throw new InvalidValueException("page", "must be at least 1");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (startedFrom != null && startedUntil != null && startedUntil.isBefore(startedFrom)) {
            throw new InvalidValueException("endDate", "must not be before startDate");
        }
    }
}
