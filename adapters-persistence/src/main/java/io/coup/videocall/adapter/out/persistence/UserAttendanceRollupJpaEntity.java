package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One person's attendance of the ended calls of one study that started on one UTC day, added up (Flyway V6). */
@Entity
@Table(name = "user_attendance_rollups")
class UserAttendanceRollupJpaEntity {

    @EmbeddedId
    private UserAttendanceRollupKey key;

    @Column(name = "sessions", nullable = false)
    private long sessions;

    @Column(name = "attended_ms", nullable = false)
    private long attendedMs;

    @Column(name = "audio_muted_ms", nullable = false)
    private long audioMutedMs;

    @Column(name = "video_off_ms", nullable = false)
    private long videoOffMs;

    @Column(name = "screen_shared_ms", nullable = false)
    private long screenSharedMs;

    @Column(name = "first_join", nullable = false)
    private Instant firstJoin;

    @Column(name = "last_join", nullable = false)
    private Instant lastJoin;

    protected UserAttendanceRollupJpaEntity() {
    }

    UserAttendanceRollupJpaEntity(UserAttendanceRollupKey key) {
        this.key = key;
    }

    UserAttendanceRollupKey getKey() {
        return key;
    }

    /** Adds one call's participant row, as stored once the call ended. */
    void addAttendance(ParticipantJpaEntity participant) {
        sessions++;
        attendedMs += participant.getAttendedMs();
        audioMutedMs += participant.getAudioMutedMs();
        videoOffMs += participant.getVideoOffMs();
        screenSharedMs += participant.getScreenSharedMs();
        Instant joined = participant.getJoinedAt();
        firstJoin = firstJoin == null || joined.isBefore(firstJoin) ? joined : firstJoin;
        lastJoin = lastJoin == null || joined.isAfter(lastJoin) ? joined : lastJoin;
    }
}
