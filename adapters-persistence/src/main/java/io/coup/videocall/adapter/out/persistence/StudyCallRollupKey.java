package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
class StudyCallRollupKey implements Serializable {

    @Column(name = "study_id", length = 64)
    private String studyId;

    @Column(name = "bucket_start")
    private long bucketStart;

    protected StudyCallRollupKey() {
    }

    StudyCallRollupKey(String studyId, long bucketStart) {
        this.studyId = studyId;
        this.bucketStart = bucketStart;
    }

    public long getBucketStart() {
        return bucketStart;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StudyCallRollupKey other && Objects.equals(studyId, other.studyId)
                && bucketStart == other.bucketStart;
    }

    @Override
    public int hashCode() {
        return Objects.hash(studyId, bucketStart);
    }
}
