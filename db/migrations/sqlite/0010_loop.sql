-- SQLite dialect: timestamps are ISO-8601 UTC text of fixed width (so text order is time order), uuids are text, booleans 0/1.
-- The closed loop: completed services in, survey invitations out (a durable job table), opt-outs, the outbox of
-- survey links, verification samples, churn flags, improvement plans, alert de-duplication.

CREATE TABLE service_events (
    id                     TEXT        PRIMARY KEY,
    -- The caller's event id, or "row:" + a hash of the row's fields when it has none: importing a file twice
    -- creates nothing twice.
    source_key             TEXT        NOT NULL,
    customer_id            TEXT        NOT NULL,          -- pseudonymous (C20240115-0001)
    customer_type          TEXT        NULL,
    product                TEXT        NULL,
    staff_id               TEXT        NULL,
    team                   TEXT        NULL,
    service_stage          TEXT        NOT NULL,
    channel                TEXT        NOT NULL,
    contact_route          TEXT        NULL,
    completed_at           TEXT        NOT NULL,
    first_response_seconds INTEGER     NULL,
    resolved_first_contact INTEGER     NULL,
    conversation_channel   TEXT        NULL,
    conversation_id        TEXT        NULL,
    time_zone              TEXT        NULL,
    locale                 TEXT        NULL,
    survey_id              TEXT        NULL,
    created_at             TEXT        NOT NULL,
    CONSTRAINT uq_service_events_source UNIQUE (source_key)
);

CREATE INDEX ix_service_events_customer ON service_events (customer_id, completed_at);

-- One invitation per service event. due_at is the next thing to do (the invitation, then the one reminder);
-- NULL when nothing is left. A worker claims a row by setting lease_owner/lease_until; a crashed worker's
-- lease runs out and another takes the row again (delivery is idempotent by invitation id).
CREATE TABLE invitations (
    id                   TEXT        PRIMARY KEY,        -- also the id of the survey response it starts
    service_event_id     TEXT        NOT NULL REFERENCES service_events (id),
    customer_id          TEXT        NOT NULL,
    survey_id            TEXT        NOT NULL,
    channel              TEXT        NOT NULL,
    conversation_channel TEXT        NULL,
    conversation_id      TEXT        NULL,
    contact              TEXT        NULL,
    locale               TEXT        NOT NULL,
    time_zone            TEXT        NOT NULL,
    status               TEXT        NOT NULL,           -- scheduled, sent, skipped
    step                 TEXT        NOT NULL,           -- invite, reminder
    due_at               TEXT        NULL,
    lease_owner          TEXT        NULL,
    lease_until          TEXT        NULL,
    attempts             INTEGER     NOT NULL DEFAULT 0,
    delivery             TEXT        NULL,               -- proactive, link
    skip_reason          TEXT        NULL,
    sent_at              TEXT        NULL,
    reminded_at          TEXT        NULL,
    link_used_at         TEXT        NULL,
    created_at           TEXT        NOT NULL,
    CONSTRAINT uq_invitations_event UNIQUE (service_event_id)
);

CREATE INDEX ix_invitations_due ON invitations (due_at);
CREATE INDEX ix_invitations_customer_sent ON invitations (customer_id, sent_at);

CREATE TABLE survey_opt_outs (
    customer_id    TEXT        PRIMARY KEY,
    opted_out_at   TEXT        NOT NULL,
    source         TEXT        NOT NULL
);

-- What the outbox sender hands to an SMS / e-mail gateway; message_key makes a repeated send a no-op.
CREATE TABLE outbound_messages (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    message_key   TEXT        NOT NULL,
    customer_id   TEXT        NOT NULL,
    contact       TEXT        NULL,
    locale        TEXT        NOT NULL,
    body          TEXT        NOT NULL,
    link          TEXT        NULL,
    created_at    TEXT        NOT NULL,
    dispatched_at TEXT        NULL,
    CONSTRAINT uq_outbound_messages_key UNIQUE (message_key)
);

-- Where a sweep over answers got to (call-backs from low scores and "yes, call me").
CREATE TABLE loop_cursors (
    name     TEXT        PRIMARY KEY,
    position TEXT        NOT NULL
);

CREATE TABLE verification_samples (
    month         TEXT        NOT NULL,              -- yyyy-MM
    response_id   TEXT        NOT NULL,
    seed          INTEGER     NOT NULL,
    population    INTEGER     NOT NULL,
    drawn_at      TEXT        NOT NULL,
    PRIMARY KEY (month, response_id)
);

CREATE TABLE churn_flags (
    customer_id   TEXT        PRIMARY KEY,
    reasons       TEXT        NOT NULL,              -- JSON array of reason strings
    flagged_at    TEXT        NOT NULL,
    cleared_at    TEXT        NULL,
    cleared_by    TEXT        NULL
);

CREATE TABLE improvement_plans (
    id                  TEXT        PRIMARY KEY,
    version             INTEGER     NOT NULL,
    problem             TEXT        NOT NULL,
    metric_kind         TEXT        NOT NULL,        -- dimension_mean, category_share
    metric_key          TEXT        NOT NULL,        -- question id or category id
    survey_id           TEXT        NULL,
    comparison          TEXT        NOT NULL,        -- gte, lte
    target              REAL NOT NULL,
    baseline_value      REAL NULL,
    baseline_count      INTEGER     NULL,
    baseline_from       TEXT        NOT NULL,
    baseline_to         TEXT        NOT NULL,
    measure             TEXT        NOT NULL,
    steps               TEXT        NOT NULL,        -- JSON array
    owner               TEXT        NOT NULL,
    planned_date        TEXT        NOT NULL,        -- yyyy-MM-dd
    status              TEXT        NOT NULL,        -- not_started, in_progress, done, verified, failed
    done_at             TEXT        NULL,
    resurvey_due_at     TEXT        NULL,
    resurvey_scheduled  INTEGER     NULL,
    created_at          TEXT        NOT NULL,
    created_by          TEXT        NOT NULL,
    updated_at          TEXT        NOT NULL
);

CREATE TABLE improvement_plan_notes (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id   TEXT        NOT NULL REFERENCES improvement_plans (id),
    at        TEXT        NOT NULL,
    author    TEXT        NOT NULL,
    note      TEXT        NOT NULL
);

-- An alert fires once per key (e.g. "overdue_callback:<task id>"), however many instances check.
CREATE TABLE loop_alerts (
    alert_key TEXT        PRIMARY KEY,
    kind      TEXT        NOT NULL,
    message   TEXT        NOT NULL,
    raised_at TEXT        NOT NULL
);
