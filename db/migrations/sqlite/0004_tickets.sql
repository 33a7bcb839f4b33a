-- SQLite dialect: timestamps are ISO-8601 UTC text of fixed width (so text order is time order), booleans 0/1.
-- Complaint tickets with their history, handling records and SLA schedule; per-day ticket numbers; API keys.

CREATE TABLE ticket_number_sequences (
    day           TEXT   PRIMARY KEY,                   -- yyyyMMdd in the business calendar's time zone
    last_sequence INTEGER NOT NULL
);

CREATE TABLE tickets (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    number                 TEXT        NOT NULL,        -- T20260302-0001
    version                INTEGER      NOT NULL,        -- optimistic concurrency: every write bumps it
    customer_id            TEXT        NOT NULL,        -- pseudonymous (C20240115-0001), never a name
    conversation_id        TEXT        NULL,
    channel                TEXT        NOT NULL,
    locale                 TEXT        NULL,
    product                TEXT        NULL,
    purchase_date          TEXT        NULL,            -- yyyy-MM-dd
    description            TEXT        NOT NULL,        -- verbatim
    category               TEXT        NOT NULL,
    demand                 TEXT        NOT NULL,
    emotion                TEXT        NULL,
    contact_tail           TEXT        NULL,            -- last digits of a call-back number only
    urgency                INTEGER     NOT NULL,
    level                  INTEGER     NOT NULL,
    grade_reasons          TEXT        NOT NULL,        -- JSON array of strings
    override_reason        TEXT        NULL,
    overridden_by          TEXT        NULL,
    department             TEXT        NOT NULL,
    supporting_departments TEXT        NOT NULL,        -- ids joined by '|'
    owner                  TEXT        NOT NULL,        -- staff id
    status                 INTEGER     NOT NULL,
    created_at             TEXT        NOT NULL,
    updated_at             TEXT        NOT NULL,
    response_clock_from    TEXT        NOT NULL,
    response_due_at        TEXT        NOT NULL,
    resolution_clock_from  TEXT        NOT NULL,
    resolution_due_at      TEXT        NOT NULL,
    responded_at           TEXT        NULL,
    resolved_at            TEXT        NULL,
    follow_up_due_at       TEXT        NULL,
    closed_at              TEXT        NULL,
    confirmed_at           TEXT        NULL,
    confirmed_solved       INTEGER     NULL,
    confirmed_satisfied    INTEGER     NULL,
    confirmation_comment   TEXT        NULL,
    CONSTRAINT uq_tickets_number UNIQUE (number)
);

CREATE INDEX ix_tickets_customer_created ON tickets (customer_id, created_at);
CREATE INDEX ix_tickets_conversation ON tickets (conversation_id);
CREATE INDEX ix_tickets_status ON tickets (status);

CREATE TABLE ticket_history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_pk   INTEGER      NOT NULL REFERENCES tickets (id),
    at          TEXT        NOT NULL,
    kind        INTEGER     NOT NULL,
    actor       TEXT        NOT NULL,
    detail      TEXT        NOT NULL,
    from_status INTEGER     NULL,
    to_status   INTEGER     NULL
);

CREATE INDEX ix_ticket_history_ticket ON ticket_history (ticket_pk, id);

CREATE TABLE ticket_records (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_pk           INTEGER      NOT NULL REFERENCES tickets (id),
    at                  TEXT        NOT NULL,
    staff_id            TEXT        NOT NULL,
    action              TEXT        NOT NULL,
    cost                NUMERIC     NULL,
    compensation_amount NUMERIC     NULL,
    approval_number     TEXT        NULL
);

CREATE INDEX ix_ticket_records_ticket ON ticket_records (ticket_pk, id);

-- The SLA clock's work: one row per (ticket, kind, deadline). A row fires once (fired_at set in the same transaction
-- as its effect); a recomputed deadline is a new row, an unchanged one hits the unique key and is not scheduled again.
CREATE TABLE sla_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_pk INTEGER      NOT NULL REFERENCES tickets (id),
    kind      INTEGER     NOT NULL,
    due_at    TEXT        NOT NULL,
    fire_at   TEXT        NOT NULL,
    fired_at  TEXT        NULL,
    fired_by  TEXT        NULL,
    CONSTRAINT uq_sla_events UNIQUE (ticket_pk, kind, due_at)
);

CREATE INDEX ix_sla_events_pending ON sla_events (fire_at) WHERE fired_at IS NULL;

-- API keys for the HTTP API: only the SHA-256 of a key is stored; the key itself is shown once, when created.
CREATE TABLE api_keys (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT        NOT NULL,
    role       TEXT        NOT NULL,
    key_hash   TEXT        NOT NULL,
    created_at TEXT        NOT NULL,
    revoked_at TEXT        NULL,
    CONSTRAINT uq_api_keys_name UNIQUE (name),
    CONSTRAINT uq_api_keys_hash UNIQUE (key_hash)
);
