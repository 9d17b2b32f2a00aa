-- In-call chat (SPEC §5.2 chat:video-message: "persisted with the session"). The count per person stays on
-- participants.message_count; this keeps the text. Deleted with its call.
CREATE TABLE call_messages (
    id          VARCHAR(64)              NOT NULL,
    session_id  VARCHAR(64)              NOT NULL,
    user_id     VARCHAR(64)              NOT NULL,
    message     VARCHAR(2000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_call_messages PRIMARY KEY (id),
    CONSTRAINT fk_call_messages_session FOREIGN KEY (session_id) REFERENCES video_call_sessions (id) ON DELETE CASCADE,
    CONSTRAINT ck_call_messages_not_blank CHECK (LENGTH(TRIM(message)) > 0)
);
-- A call's messages in order.
CREATE INDEX ix_call_messages_session ON call_messages (session_id, created_at);
