-- Hand-offs to human agents: the durable queue, the agents on duty (console heartbeats, so every instance agrees),
-- and a change counter every instance polls to refresh its consoles.

CREATE TABLE handoffs (
    id                       TEXT    PRIMARY KEY,
    conversation_pk          INTEGER NOT NULL REFERENCES conversations (id),
    channel_id               TEXT    NOT NULL,
    conversation_id          TEXT    NOT NULL,
    status                   TEXT    NOT NULL,   -- queued, active, released, ended, cancelled, callback
    reason                   TEXT    NOT NULL,
    detail                   TEXT    NULL,
    locale                   TEXT    NOT NULL,
    queued_at                TEXT    NOT NULL,
    taken_at                 TEXT    NULL,
    agent                    TEXT    NULL,
    agent_display_name       TEXT    NULL,
    closed_at                TEXT    NULL,
    closed_by                TEXT    NULL,
    callback_task_id         TEXT    NULL,
    last_customer_message_at TEXT    NULL
);

-- At most one open hand-off per conversation: a second request returns the first.
CREATE UNIQUE INDEX uq_handoffs_open_conversation ON handoffs (conversation_pk) WHERE status IN ('queued', 'active');
CREATE INDEX ix_handoffs_status_queued ON handoffs (status, queued_at);

CREATE TABLE agent_presence (
    agent        TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    seen_at      TEXT NOT NULL
);

CREATE TABLE handoff_changes (
    id      INTEGER PRIMARY KEY,
    version INTEGER NOT NULL
);

INSERT INTO handoff_changes (id, version) VALUES (1, 0);
