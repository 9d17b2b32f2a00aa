package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The ended calls of one study that started in one UTC quarter hour, added up (Flyway V6). */
@Entity
@Table(name = "study_call_rollups")
class StudyCallRollupJpaEntity {

    @EmbeddedId
    private StudyCallRollupKey key;

    @Column(name = "sessions", nullable = false)
    private long sessions;

    @Column(name = "participants", nullable = false)
    private long participants;

    @Column(name = "duration_seconds", nullable = false)
    private long durationSeconds;

    protected StudyCallRollupJpaEntity() {
    }

    StudyCallRollupJpaEntity(StudyCallRollupKey key) {
        this.key = key;
    }

    long bucketStart() {
        return key.getBucketStart();
    }

    long getSessions() {
        return sessions;
    }

    void addCall(long participantRows, long callSeconds) {
        sessions++;
        participants += participantRows;
        durationSeconds += callSeconds;
    }
}
