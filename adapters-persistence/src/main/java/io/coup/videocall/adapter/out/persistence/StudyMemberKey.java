package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
class StudyMemberKey implements Serializable {

    @Column(name = "study_id", length = 64)
    private String studyId;

    @Column(name = "user_id", length = 64)
    private String userId;

    protected StudyMemberKey() {
    }

    StudyMemberKey(String studyId, String userId) {
        this.studyId = studyId;
        this.userId = userId;
    }

    public String getStudyId() {
        return studyId;
    }

    public String getUserId() {
        return userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StudyMemberKey other && Objects.equals(studyId, other.studyId)
                && Objects.equals(userId, other.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studyId, userId);
    }
}
