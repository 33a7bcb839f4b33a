-- Hand-offs to human agents: the durable queue, the agents on duty (console heartbeats, so every instance agrees),
-- and a change counter every instance polls to refresh its consoles.

CREATE TABLE handoffs (
    id                       uuid        PRIMARY KEY,
    conversation_pk          bigint      NOT NULL REFERENCES conversations (id),
    channel_id               text        NOT NULL,
    conversation_id          text        NOT NULL,
    status                   text        NOT NULL,   -- queued, active, released, ended, cancelled, callback
    reason                   text        NOT NULL,
    detail                   text        NULL,
    locale                   text        NOT NULL,
    queued_at                timestamptz NOT NULL,
    taken_at                 timestamptz NULL,
    agent                    text        NULL,
    agent_display_name       text        NULL,
    closed_at                timestamptz NULL,
    closed_by                text        NULL,
    callback_task_id         uuid        NULL,
    last_customer_message_at timestamptz NULL
);

-- At most one open hand-off per conversation: a second request returns the first.
CREATE UNIQUE INDEX uq_handoffs_open_conversation ON handoffs (conversation_pk) WHERE status IN ('queued', 'active');
CREATE INDEX ix_handoffs_status_queued ON handoffs (status, queued_at);

CREATE TABLE agent_presence (
    agent        text        PRIMARY KEY,
    display_name text        NOT NULL,
    seen_at      timestamptz NOT NULL
);

CREATE TABLE handoff_changes (
    id      smallint PRIMARY KEY,
    version bigint   NOT NULL
);

INSERT INTO handoff_changes (id, version) VALUES (1, 0);
