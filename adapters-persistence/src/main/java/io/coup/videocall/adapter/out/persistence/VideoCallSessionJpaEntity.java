package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.MediaProvider;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "video_call_sessions")
class VideoCallSessionJpaEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "study_id", nullable = false, updatable = false, length = 64)
    private String studyId;

    @Column(name = "room_id", nullable = false, length = 160)
    private String roomId;

    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "duration_seconds")
    private Long durationSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_provider", nullable = false, length = 16)
    private MediaProvider mediaProvider;

    @Column(name = "media_room_id")
    private String mediaRoomId;

    @Column(name = "max_participants", nullable = false)
    private int maxParticipants;

    @Column(name = "auto_created", nullable = false)
    private boolean autoCreated;

    /** The study's id while the call is active, null once ended: UNIQUE, so one active call per study. */
    @Column(name = "active_study_id", length = 64)
    private String activeStudyId;

    /** Bumped by the adapter on every save of an existing call (see {@code SessionPersistenceAdapter}). */
    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    /** Merged in place by user id (see the mapper); a save bumps the version explicitly. */
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<ParticipantJpaEntity> participants = new HashSet<>();

    /** True for an instance the adapter created (its insert may still be pending); Hibernate loads set false. */
    @Transient
    private boolean createdHere;

    protected VideoCallSessionJpaEntity() {
    }

    VideoCallSessionJpaEntity(String id) {
        this.id = id;
        this.createdHere = true;
    }

    boolean isCreatedHere() {
        return createdHere;
    }

    public String getId() {
        return id;
    }

    public String getStudyId() {
        return studyId;
    }

    public void setStudyId(String studyId) {
        this.studyId = studyId;
    }

    public String getRoomId() {
        return roomId;
    }

    public void setRoomId(String roomId) {
        this.roomId = roomId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public void setStartedBy(String startedBy) {
        this.startedBy = startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(Instant endedAt) {
        this.endedAt = endedAt;
    }

    public Long getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Long durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    public MediaProvider getMediaProvider() {
        return mediaProvider;
    }

    public void setMediaProvider(MediaProvider mediaProvider) {
        this.mediaProvider = mediaProvider;
    }

    public String getMediaRoomId() {
        return mediaRoomId;
    }

    public void setMediaRoomId(String mediaRoomId) {
        this.mediaRoomId = mediaRoomId;
    }

    public int getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(int maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public boolean isAutoCreated() {
        return autoCreated;
    }

    public void setAutoCreated(boolean autoCreated) {
        this.autoCreated = autoCreated;
    }

    public String getActiveStudyId() {
        return activeStudyId;
    }

    public void setActiveStudyId(String activeStudyId) {
        this.activeStudyId = activeStudyId;
    }

    public Long getVersion() {
        return version;
    }

    public Set<ParticipantJpaEntity> getParticipants() {
        return participants;
    }
}
