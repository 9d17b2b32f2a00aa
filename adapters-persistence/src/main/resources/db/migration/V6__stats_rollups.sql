-- Statistics rollups (docs/performance.md). An ended call's figures never change again, so they are added up once,
-- when the call ends, in the same transaction. The statistics then read a few rows per day instead of every
-- participant row of the period (1M rows made the study statistics take a second).
-- Times are epoch seconds (BIGINT): the same arithmetic on PostgreSQL and H2, here and in the adapter.

-- Per study and UTC quarter hour of the calls' starts. Every time zone's midnight falls on a quarter hour (offsets
-- are multiples of 15 minutes), so days of any zone are whole sets of buckets: sessionsPerDay comes from here.
CREATE TABLE study_call_rollups (
    study_id          VARCHAR(64) NOT NULL,
    bucket_start      BIGINT      NOT NULL,   -- epoch second of the quarter hour (UTC) the calls started in
    sessions          BIGINT      NOT NULL,
    participants      BIGINT      NOT NULL,   -- participant rows of those calls
    duration_seconds  BIGINT      NOT NULL,
    CONSTRAINT pk_study_call_rollups PRIMARY KEY (study_id, bucket_start),
    CONSTRAINT fk_study_call_rollups_study FOREIGN KEY (study_id) REFERENCES studies (id)
);

-- Per study, person and UTC day of the calls' starts: what the user statistics and the most active member sum up.
-- The part of a period that does not cover a whole UTC day is read from the participant rows instead.
CREATE TABLE user_attendance_rollups (
    study_id          VARCHAR(64)              NOT NULL,
    day_start         BIGINT                   NOT NULL,   -- epoch second of the UTC midnight
    user_id           VARCHAR(64)              NOT NULL,
    sessions          BIGINT                   NOT NULL,
    attended_ms       BIGINT                   NOT NULL,
    audio_muted_ms    BIGINT                   NOT NULL,
    video_off_ms      BIGINT                   NOT NULL,
    screen_shared_ms  BIGINT                   NOT NULL,
    first_join        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_join         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_user_attendance_rollups PRIMARY KEY (study_id, day_start, user_id),
    CONSTRAINT fk_user_attendance_rollups_study FOREIGN KEY (study_id) REFERENCES studies (id)
);
-- One person's statistics: their rows of the study, by day.
CREATE INDEX ix_user_attendance_rollups_user ON user_attendance_rollups (study_id, user_id, day_start);

-- The calls that ended before this migration.
INSERT INTO study_call_rollups (study_id, bucket_start, sessions, participants, duration_seconds)
SELECT study_id, bucket_start, COUNT(*), SUM(participants), SUM(duration_seconds)
FROM (SELECT s.study_id,
             CAST(FLOOR(EXTRACT(EPOCH FROM s.started_at) / 900) AS BIGINT) * 900 AS bucket_start,
             (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS participants,
             s.duration_seconds
      FROM video_call_sessions s
      WHERE s.ended_at IS NOT NULL) ended
GROUP BY study_id, bucket_start;

INSERT INTO user_attendance_rollups (study_id, day_start, user_id, sessions, attended_ms, audio_muted_ms,
                                     video_off_ms, screen_shared_ms, first_join, last_join)
SELECT study_id, day_start, user_id, COUNT(*), SUM(attended_ms), SUM(audio_muted_ms), SUM(video_off_ms),
       SUM(screen_shared_ms), MIN(joined_at), MAX(joined_at)
FROM (SELECT s.study_id,
             CAST(FLOOR(EXTRACT(EPOCH FROM s.started_at) / 86400) AS BIGINT) * 86400 AS day_start,
             p.user_id, p.attended_ms, p.audio_muted_ms, p.video_off_ms, p.screen_shared_ms, p.joined_at
      FROM participants p JOIN video_call_sessions s ON s.id = p.session_id
      WHERE s.ended_at IS NOT NULL) ended
GROUP BY study_id, day_start, user_id;
