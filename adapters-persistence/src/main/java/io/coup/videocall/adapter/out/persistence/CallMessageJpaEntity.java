package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "call_messages")
class CallMessageJpaEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "session_id", length = 64, nullable = false, updatable = false)
    private String sessionId;

    @Column(name = "user_id", length = 64, nullable = false, updatable = false)
    private String userId;

    @Column(name = "message", length = 2000, nullable = false, updatable = false)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CallMessageJpaEntity() {
    }

    CallMessageJpaEntity(String id, String sessionId, String userId, String message, Instant createdAt) {
        this.id = id;
        this.sessionId = sessionId;
        this.userId = userId;
        this.message = message;
        this.createdAt = createdAt;
    }

    String getId() {
        return id;
    }

    String getSessionId() {
        return sessionId;
    }

    String getUserId() {
        return userId;
    }

    String getMessage() {
        return message;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
