-- CoUp Video baseline schema: the only schema source (Hibernate only validates it).
-- Portable: runs unchanged on PostgreSQL 15+ and on H2 2.x with
-- MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH (the embedded default).
-- Hence no partial indexes, no generated columns, no PostgreSQL-only types: see the one-active-call rule below.
-- Instants are TIMESTAMP WITH TIME ZONE (java.time.Instant, stored in UTC); durations are BIGINT milliseconds,
-- except a call's whole-second duration_seconds.

CREATE TABLE users (
    id          VARCHAR(64)              NOT NULL,
    name        VARCHAR(100),
    avatar      VARCHAR(2048),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id)
);

CREATE TABLE studies (
    id          VARCHAR(64)              NOT NULL,
    name        VARCHAR(100)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_studies PRIMARY KEY (id)
);

CREATE TABLE study_members (
    study_id    VARCHAR(64)              NOT NULL,
    user_id     VARCHAR(64)              NOT NULL,
    role        VARCHAR(16)              NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    joined_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_study_members PRIMARY KEY (study_id, user_id),
    CONSTRAINT fk_study_members_study FOREIGN KEY (study_id) REFERENCES studies (id) ON DELETE CASCADE,
    CONSTRAINT fk_study_members_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_study_members_role CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER')),
    CONSTRAINT ck_study_members_status CHECK (status IN ('ACTIVE', 'PENDING', 'BANNED'))
);
-- "my studies": the memberships of one user, filtered on status (also serves the FK to users).
CREATE INDEX ix_study_members_user_status ON study_members (user_id, status);

CREATE TABLE video_call_sessions (
    id                VARCHAR(64)              NOT NULL,
    study_id          VARCHAR(64)              NOT NULL,
    room_id           VARCHAR(160)             NOT NULL,
    name              VARCHAR(100),
    started_by        VARCHAR(64)              NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at          TIMESTAMP WITH TIME ZONE,
    duration_seconds  BIGINT,
    media_provider    VARCHAR(16)              NOT NULL,
    media_room_id     VARCHAR(255),
    max_participants  INTEGER                  NOT NULL,
    auto_created      BOOLEAN                  NOT NULL,
    -- One active call per study, portably: the adapter sets active_study_id = study_id while the call is active
    -- and NULL once it ended; the CHECK ties the column to ended_at, the UNIQUE allows one non-null value per
    -- study (NULLs are distinct on both databases). The CHECK says "IS NOT NULL" explicitly: without it, an active
    -- row with active_study_id NULL would make "active_study_id = study_id" NULL, and a CHECK that evaluates to
    -- NULL passes, which would let any number of active calls through.
    active_study_id   VARCHAR(64),
    version           BIGINT                   NOT NULL,
    CONSTRAINT pk_video_call_sessions PRIMARY KEY (id),
    CONSTRAINT fk_video_call_sessions_study FOREIGN KEY (study_id) REFERENCES studies (id),
    CONSTRAINT uq_video_call_sessions_room UNIQUE (room_id),
    CONSTRAINT uq_video_call_sessions_active_study UNIQUE (active_study_id),
    CONSTRAINT ck_video_call_sessions_one_active CHECK (
        (ended_at IS NULL AND active_study_id IS NOT NULL AND active_study_id = study_id)
        OR (ended_at IS NOT NULL AND active_study_id IS NULL)),
    CONSTRAINT ck_video_call_sessions_duration CHECK (
        (ended_at IS NULL AND duration_seconds IS NULL)
        OR (ended_at IS NOT NULL AND duration_seconds IS NOT NULL AND duration_seconds >= 0)),
    CONSTRAINT ck_video_call_sessions_ended_after_start CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT ck_video_call_sessions_media_provider CHECK (media_provider IN ('MESH', 'OPENVIDU')),
    CONSTRAINT ck_video_call_sessions_max_participants CHECK (max_participants >= 1)
);
-- History (newest first, id as tie-breaker, read backwards) and every statistics query (study + started_at range;
-- firstSessionStart = min(started_at) of the study). Also serves the FK to studies.
CREATE INDEX ix_video_call_sessions_study_started ON video_call_sessions (study_id, started_at, id);

CREATE TABLE participants (
    id                   VARCHAR(64)              NOT NULL,
    session_id           VARCHAR(64)              NOT NULL,
    user_id              VARCHAR(64)              NOT NULL,
    joined_at            TIMESTAMP WITH TIME ZONE NOT NULL,   -- first join
    left_at              TIMESTAMP WITH TIME ZONE,            -- last leave; NULL while present
    attended_ms          BIGINT                   NOT NULL,   -- sum of the CLOSED attendance segments
    open_since           TIMESTAMP WITH TIME ZONE,            -- start of the open segment; NULL when not present
    audio_muted_ms       BIGINT                   NOT NULL,
    audio_muted_since    TIMESTAMP WITH TIME ZONE,
    video_off_ms         BIGINT                   NOT NULL,
    video_off_since      TIMESTAMP WITH TIME ZONE,
    screen_shared_ms     BIGINT                   NOT NULL,
    screen_shared_since  TIMESTAMP WITH TIME ZONE,
    message_count        INTEGER                  NOT NULL,
    kicked               BOOLEAN                  NOT NULL,
    CONSTRAINT pk_participants PRIMARY KEY (id),
    CONSTRAINT fk_participants_session FOREIGN KEY (session_id) REFERENCES video_call_sessions (id) ON DELETE CASCADE,
    -- one participant per (call, person); also the index for "participants of these calls" (history, loads).
    CONSTRAINT uq_participants_session_user UNIQUE (session_id, user_id),
    CONSTRAINT ck_participants_presence CHECK (
        (left_at IS NULL AND open_since IS NOT NULL) OR (left_at IS NOT NULL AND open_since IS NULL)),
    CONSTRAINT ck_participants_non_negative CHECK (
        attended_ms >= 0 AND audio_muted_ms >= 0 AND video_off_ms >= 0 AND screen_shared_ms >= 0
        AND message_count >= 0)
);
-- A user's statistics within a study: that user's participant rows, joined to their calls by primary key.
CREATE INDEX ix_participants_user ON participants (user_id);

CREATE TABLE attendance_segments (
    participant_id  VARCHAR(64)              NOT NULL,
    ordinal         INTEGER                  NOT NULL,
    joined_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at         TIMESTAMP WITH TIME ZONE,
    leave_reason    VARCHAR(16),
    CONSTRAINT pk_attendance_segments PRIMARY KEY (participant_id, ordinal),
    CONSTRAINT fk_attendance_segments_participant FOREIGN KEY (participant_id)
        REFERENCES participants (id) ON DELETE CASCADE,
    CONSTRAINT ck_attendance_segments_ordinal CHECK (ordinal >= 0),
    CONSTRAINT ck_attendance_segments_closed CHECK (
        (left_at IS NULL AND leave_reason IS NULL) OR (left_at IS NOT NULL AND leave_reason IS NOT NULL)),
    CONSTRAINT ck_attendance_segments_order CHECK (left_at IS NULL OR left_at >= joined_at),
    CONSTRAINT ck_attendance_segments_leave_reason CHECK (
        leave_reason IN ('LEFT', 'DISCONNECTED', 'KICKED', 'SESSION_ENDED', 'REAPED'))
);
