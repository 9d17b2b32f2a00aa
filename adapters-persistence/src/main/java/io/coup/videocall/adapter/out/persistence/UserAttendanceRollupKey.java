package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
class UserAttendanceRollupKey implements Serializable {

    @Column(name = "study_id", length = 64)
    private String studyId;

    @Column(name = "day_start")
    private long dayStart;

    @Column(name = "user_id", length = 64)
    private String userId;

    protected UserAttendanceRollupKey() {
    }

    UserAttendanceRollupKey(String studyId, long dayStart, String userId) {
        this.studyId = studyId;
        this.dayStart = dayStart;
        this.userId = userId;
    }

    public String getUserId() {
        return userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAttendanceRollupKey other && Objects.equals(studyId, other.studyId)
                && dayStart == other.dayStart && Objects.equals(userId, other.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studyId, dayStart, userId);
    }
}
