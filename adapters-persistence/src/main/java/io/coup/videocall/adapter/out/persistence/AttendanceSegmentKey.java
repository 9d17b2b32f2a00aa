package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
class AttendanceSegmentKey implements Serializable {

    @Column(name = "participant_id", length = 64)
    private String participantId;

    @Column(name = "ordinal")
    private int ordinal;

    protected AttendanceSegmentKey() {
    }

    AttendanceSegmentKey(String participantId, int ordinal) {
        this.participantId = participantId;
        this.ordinal = ordinal;
    }

    public String getParticipantId() {
        return participantId;
    }

    public int getOrdinal() {
        return ordinal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttendanceSegmentKey other && ordinal == other.ordinal
                && Objects.equals(participantId, other.participantId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(participantId, ordinal);
    }
}
