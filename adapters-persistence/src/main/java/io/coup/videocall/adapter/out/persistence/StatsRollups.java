package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the statistics rollups (Flyway V6) in step with the calls: a call's stored figures are added once, in the
 * transaction that ends it, after which they never change. No two transactions add to the same rows at once: rows
 * are per study, and a study has one active call at a time (a call's end commits before the next one can start).
 */
@Component
class StatsRollups {

    private final EntityManager entityManager;
    private final UserAttendanceRollupSpringDataRepository userRollups;

    StatsRollups(EntityManager entityManager, UserAttendanceRollupSpringDataRepository userRollups) {
        this.entityManager = entityManager;
        this.userRollups = userRollups;
    }

    /** @param call an ended call whose graph holds its final rows */
    void addEndedCall(VideoCallSessionJpaEntity call) {
        String studyId = call.getStudyId();
        StudyCallRollupKey bucket = new StudyCallRollupKey(studyId, RollupGrain.QUARTER_HOUR.startOf(call.getStartedAt()));
        StudyCallRollupJpaEntity studyRow = entityManager.find(StudyCallRollupJpaEntity.class, bucket);
        if (studyRow == null) {
            studyRow = new StudyCallRollupJpaEntity(bucket);
            entityManager.persist(studyRow);
        }
        studyRow.addCall(call.getParticipants().size(), call.getDurationSeconds());

        if (call.getParticipants().isEmpty()) {
            return;
        }
        long day = RollupGrain.UTC_DAY.startOf(call.getStartedAt());
        Map<String, UserAttendanceRollupJpaEntity> rows = userRollups
                .ofDay(studyId, day, call.getParticipants().stream().map(ParticipantJpaEntity::getUserId).toList())
                .stream()
                .collect(Collectors.toMap(row -> row.getKey().getUserId(), Function.identity()));
        for (ParticipantJpaEntity participant : call.getParticipants()) {
            UserAttendanceRollupJpaEntity row = rows.get(participant.getUserId());
            if (row == null) {
                row = new UserAttendanceRollupJpaEntity(new UserAttendanceRollupKey(studyId, day, participant.getUserId()));
                row.addAttendance(participant);
                entityManager.persist(row);
            } else {
                row.addAttendance(participant);
            }
        }
    }
}
