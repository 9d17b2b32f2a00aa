package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's attendance of one call. Besides the segments, the row keeps the figures SQL aggregates read without
 * touching segments: {@code attended_ms} (closed segments) and {@code open_since} (the open one), and per media
 * state the closed milliseconds plus the start of the running interval.
 */
@Entity
@Table(name = "participants")
class ParticipantJpaEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private VideoCallSessionJpaEntity session;

    @Column(name = "user_id", nullable = false, updatable = false, length = 64)
    private String userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "attended_ms", nullable = false)
    private long attendedMs;

    @Column(name = "open_since")
    private Instant openSince;

    @Column(name = "audio_muted_ms", nullable = false)
    private long audioMutedMs;

    @Column(name = "audio_muted_since")
    private Instant audioMutedSince;

    @Column(name = "video_off_ms", nullable = false)
    private long videoOffMs;

    @Column(name = "video_off_since")
    private Instant videoOffSince;

    @Column(name = "screen_shared_ms", nullable = false)
    private long screenSharedMs;

    @Column(name = "screen_shared_since")
    private Instant screenSharedSince;

    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @Column(name = "kicked", nullable = false)
    private boolean kicked;

    /** Not ordered by the database: the mapping addresses segments by ordinal. */
    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AttendanceSegmentJpaEntity> segments = new ArrayList<>();

    protected ParticipantJpaEntity() {
    }

    ParticipantJpaEntity(VideoCallSessionJpaEntity session, String id, String userId) {
        this.session = session;
        this.id = id;
        this.userId = userId;
    }

    public String getId() {
        return id;
    }

    public VideoCallSessionJpaEntity getSession() {
        return session;
    }

    public String getUserId() {
        return userId;
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

    public long getAttendedMs() {
        return attendedMs;
    }

    public void setAttendedMs(long attendedMs) {
        this.attendedMs = attendedMs;
    }

    public Instant getOpenSince() {
        return openSince;
    }

    public void setOpenSince(Instant openSince) {
        this.openSince = openSince;
    }

    public long getAudioMutedMs() {
        return audioMutedMs;
    }

    public void setAudioMutedMs(long audioMutedMs) {
        this.audioMutedMs = audioMutedMs;
    }

    public Instant getAudioMutedSince() {
        return audioMutedSince;
    }

    public void setAudioMutedSince(Instant audioMutedSince) {
        this.audioMutedSince = audioMutedSince;
    }

    public long getVideoOffMs() {
        return videoOffMs;
    }

    public void setVideoOffMs(long videoOffMs) {
        this.videoOffMs = videoOffMs;
    }

    public Instant getVideoOffSince() {
        return videoOffSince;
    }

    public void setVideoOffSince(Instant videoOffSince) {
        this.videoOffSince = videoOffSince;
    }

    public long getScreenSharedMs() {
        return screenSharedMs;
    }

    public void setScreenSharedMs(long screenSharedMs) {
        this.screenSharedMs = screenSharedMs;
    }

    public Instant getScreenSharedSince() {
        return screenSharedSince;
    }

    public void setScreenSharedSince(Instant screenSharedSince) {
        this.screenSharedSince = screenSharedSince;
    }

    public int getMessageCount() {
        return messageCount;
    }

    public void setMessageCount(int messageCount) {
        this.messageCount = messageCount;
    }

    public boolean isKicked() {
        return kicked;
    }

    public void setKicked(boolean kicked) {
        this.kicked = kicked;
    }

    public List<AttendanceSegmentJpaEntity> getSegments() {
        return segments;
    }
}
