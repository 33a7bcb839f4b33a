-- Complaint tickets with their history, handling records and SLA schedule; per-day ticket numbers; API keys.

CREATE TABLE ticket_number_sequences (
    day           text   PRIMARY KEY,                   -- yyyyMMdd in the business calendar's time zone
    last_sequence bigint NOT NULL
);

CREATE TABLE tickets (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number                 text        NOT NULL,        -- T20260302-0001
    version                bigint      NOT NULL,        -- optimistic concurrency: every write bumps it
    customer_id            text        NOT NULL,        -- pseudonymous (C20240115-0001), never a name
    conversation_id        text        NULL,
    channel                text        NOT NULL,
    locale                 text        NULL,
    product                text        NULL,
    purchase_date          text        NULL,            -- yyyy-MM-dd
    description            text        NOT NULL,        -- verbatim
    category               text        NOT NULL,
    demand                 text        NOT NULL,
    emotion                text        NULL,
    contact_tail           text        NULL,            -- last digits of a call-back number only
    urgency                smallint    NOT NULL,
    level                  smallint    NOT NULL,
    grade_reasons          text        NOT NULL,        -- JSON array of strings
    override_reason        text        NULL,
    overridden_by          text        NULL,
    department             text        NOT NULL,
    supporting_departments text        NOT NULL,        -- ids joined by '|'
    owner                  text        NOT NULL,        -- staff id
    status                 smallint    NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    response_clock_from    timestamptz NOT NULL,
    response_due_at        timestamptz NOT NULL,
    resolution_clock_from  timestamptz NOT NULL,
    resolution_due_at      timestamptz NOT NULL,
    responded_at           timestamptz NULL,
    resolved_at            timestamptz NULL,
    follow_up_due_at       timestamptz NULL,
    closed_at              timestamptz NULL,
    confirmed_at           timestamptz NULL,
    confirmed_solved       boolean     NULL,
    confirmed_satisfied    boolean     NULL,
    confirmation_comment   text        NULL,
    CONSTRAINT uq_tickets_number UNIQUE (number)
);

CREATE INDEX ix_tickets_customer_created ON tickets (customer_id, created_at);
CREATE INDEX ix_tickets_conversation ON tickets (conversation_id);
CREATE INDEX ix_tickets_status ON tickets (status);

CREATE TABLE ticket_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_pk   bigint      NOT NULL REFERENCES tickets (id),
    at          timestamptz NOT NULL,
    kind        smallint    NOT NULL,
    actor       text        NOT NULL,
    detail      text        NOT NULL,
    from_status smallint    NULL,
    to_status   smallint    NULL
);

CREATE INDEX ix_ticket_history_ticket ON ticket_history (ticket_pk, id);

CREATE TABLE ticket_records (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_pk           bigint      NOT NULL REFERENCES tickets (id),
    at                  timestamptz NOT NULL,
    staff_id            text        NOT NULL,
    action              text        NOT NULL,
    cost                numeric     NULL,
    compensation_amount numeric     NULL,
    approval_number     text        NULL
);

CREATE INDEX ix_ticket_records_ticket ON ticket_records (ticket_pk, id);

-- The SLA clock's work: one row per (ticket, kind, deadline). A row fires once (fired_at set in the same transaction
-- as its effect); a recomputed deadline is a new row, an unchanged one hits the unique key and is not scheduled again.
CREATE TABLE sla_events (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_pk bigint      NOT NULL REFERENCES tickets (id),
    kind      smallint    NOT NULL,
    due_at    timestamptz NOT NULL,
    fire_at   timestamptz NOT NULL,
    fired_at  timestamptz NULL,
    fired_by  text        NULL,
    CONSTRAINT uq_sla_events UNIQUE (ticket_pk, kind, due_at)
);

CREATE INDEX ix_sla_events_pending ON sla_events (fire_at) WHERE fired_at IS NULL;

-- API keys for the HTTP API: only the SHA-256 of a key is stored; the key itself is shown once, when created.
CREATE TABLE api_keys (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    role       text        NOT NULL,
    key_hash   text        NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz NULL,
    CONSTRAINT uq_api_keys_name UNIQUE (name),
    CONSTRAINT uq_api_keys_hash UNIQUE (key_hash)
);
