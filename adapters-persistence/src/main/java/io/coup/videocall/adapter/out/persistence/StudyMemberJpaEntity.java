package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyRole;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "study_members")
class StudyMemberJpaEntity {

    @EmbeddedId
    private StudyMemberKey key;

    @MapsId("studyId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private StudyJpaEntity study;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private StudyRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MemberStatus status;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected StudyMemberJpaEntity() {
    }

    StudyMemberJpaEntity(StudyJpaEntity study, String userId) {
        this.study = study;
        this.key = new StudyMemberKey(study.getId(), userId);
    }

    public StudyMemberKey getKey() {
        return key;
    }

    public StudyJpaEntity getStudy() {
        return study;
    }

    public String getUserId() {
        return key.getUserId();
    }

    public StudyRole getRole() {
        return role;
    }

    public void setRole(StudyRole role) {
        this.role = role;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public void setJoinedAt(Instant joinedAt) {
        this.joinedAt = joinedAt;
    }
}
