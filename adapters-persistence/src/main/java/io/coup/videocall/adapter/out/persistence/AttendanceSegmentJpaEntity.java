package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.LeaveReason;
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

/** One attendance segment, addressed by (participant, ordinal): appended or updated in place, never rewritten. */
@Entity
@Table(name = "attendance_segments")
class AttendanceSegmentJpaEntity {

    @EmbeddedId
    private AttendanceSegmentKey key;

    @MapsId("participantId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private ParticipantJpaEntity participant;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason", length = 16)
    private LeaveReason leaveReason;

    protected AttendanceSegmentJpaEntity() {
    }

    AttendanceSegmentJpaEntity(ParticipantJpaEntity participant, int ordinal) {
        this.participant = participant;
        this.key = new AttendanceSegmentKey(participant.getId(), ordinal);
    }

    public int getOrdinal() {
        return key.getOrdinal();
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public void setJoinedAt(Instant joinedAt) {
        this.joinedAt = joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public void setLeftAt(Instant leftAt) {
        this.leftAt = leftAt;
    }

    public LeaveReason getLeaveReason() {
        return leaveReason;
    }

    public void setLeaveReason(LeaveReason leaveReason) {
        this.leaveReason = leaveReason;
    }
}
