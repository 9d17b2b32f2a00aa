-- SPEC §6.3, the stale-session reaper.
-- last_seen_at: the last time a live signaling connection reported the participant (every node's heartbeat writes
-- it for the sockets it holds, in one batch); NULL until a connection reported them. Only the heartbeat writes it:
-- the JPA entity does not map it, so saving a call never overwrites a newer report with an older one.
ALTER TABLE participants ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;

-- ShedLock's table (JdbcTemplateLockProvider, database time): one row per named lock; the reaper runs on one node
-- at a time. Layout as ShedLock documents it, portable to H2.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL,
    lock_until  TIMESTAMP    NOT NULL,
    locked_at   TIMESTAMP    NOT NULL,
    locked_by   VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
