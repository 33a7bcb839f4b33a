-- The closed loop: completed services in, survey invitations out (a durable job table), opt-outs, the outbox of
-- survey links, verification samples, churn flags, improvement plans, alert de-duplication.

CREATE TABLE service_events (
    id                     uuid        PRIMARY KEY,
    -- The caller's event id, or "row:" + a hash of the row's fields when it has none: importing a file twice
    -- creates nothing twice.
    source_key             text        NOT NULL,
    customer_id            text        NOT NULL,          -- pseudonymous (C20240115-0001)
    customer_type          text        NULL,
    product                text        NULL,
    staff_id               text        NULL,
    team                   text        NULL,
    service_stage          text        NOT NULL,
    channel                text        NOT NULL,
    contact_route          text        NULL,
    completed_at           timestamptz NOT NULL,
    first_response_seconds integer     NULL,
    resolved_first_contact boolean     NULL,
    conversation_channel   text        NULL,
    conversation_id        text        NULL,
    time_zone              text        NULL,
    locale                 text        NULL,
    survey_id              text        NULL,
    created_at             timestamptz NOT NULL,
    CONSTRAINT uq_service_events_source UNIQUE (source_key)
);

CREATE INDEX ix_service_events_customer ON service_events (customer_id, completed_at);

-- One invitation per service event. due_at is the next thing to do (the invitation, then the one reminder);
-- NULL when nothing is left. A worker claims a row by setting lease_owner/lease_until; a crashed worker's
-- lease runs out and another takes the row again (delivery is idempotent by invitation id).
CREATE TABLE invitations (
    id                   uuid        PRIMARY KEY,        -- also the id of the survey response it starts
    service_event_id     uuid        NOT NULL REFERENCES service_events (id),
    customer_id          text        NOT NULL,
    survey_id            text        NOT NULL,
    channel              text        NOT NULL,
    conversation_channel text        NULL,
    conversation_id      text        NULL,
    contact              text        NULL,
    locale               text        NOT NULL,
    time_zone            text        NOT NULL,
    status               text        NOT NULL,           -- scheduled, sent, skipped
    step                 text        NOT NULL,           -- invite, reminder
    due_at               timestamptz NULL,
    lease_owner          text        NULL,
    lease_until          timestamptz NULL,
    attempts             integer     NOT NULL DEFAULT 0,
    delivery             text        NULL,               -- proactive, link
    skip_reason          text        NULL,
    sent_at              timestamptz NULL,
    reminded_at          timestamptz NULL,
    link_used_at         timestamptz NULL,
    created_at           timestamptz NOT NULL,
    CONSTRAINT uq_invitations_event UNIQUE (service_event_id)
);

CREATE INDEX ix_invitations_due ON invitations (due_at);
CREATE INDEX ix_invitations_customer_sent ON invitations (customer_id, sent_at);

CREATE TABLE survey_opt_outs (
    customer_id    text        PRIMARY KEY,
    opted_out_at   timestamptz NOT NULL,
    source         text        NOT NULL
);

-- What the outbox sender hands to an SMS / e-mail gateway; message_key makes a repeated send a no-op.
CREATE TABLE outbound_messages (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_key   text        NOT NULL,
    customer_id   text        NOT NULL,
    contact       text        NULL,
    locale        text        NOT NULL,
    body          text        NOT NULL,
    link          text        NULL,
    created_at    timestamptz NOT NULL,
    dispatched_at timestamptz NULL,
    CONSTRAINT uq_outbound_messages_key UNIQUE (message_key)
);

-- Where a sweep over answers got to (call-backs from low scores and "yes, call me").
CREATE TABLE loop_cursors (
    name     text        PRIMARY KEY,
    position timestamptz NOT NULL
);

CREATE TABLE verification_samples (
    month         text        NOT NULL,              -- yyyy-MM
    response_id   uuid        NOT NULL,
    seed          integer     NOT NULL,
    population    integer     NOT NULL,
    drawn_at      timestamptz NOT NULL,
    PRIMARY KEY (month, response_id)
);

CREATE TABLE churn_flags (
    customer_id   text        PRIMARY KEY,
    reasons       text        NOT NULL,              -- JSON array of reason strings
    flagged_at    timestamptz NOT NULL,
    cleared_at    timestamptz NULL,
    cleared_by    text        NULL
);

CREATE TABLE improvement_plans (
    id                  uuid        PRIMARY KEY,
    version             integer     NOT NULL,
    problem             text        NOT NULL,
    metric_kind         text        NOT NULL,        -- dimension_mean, category_share
    metric_key          text        NOT NULL,        -- question id or category id
    survey_id           text        NULL,
    comparison          text        NOT NULL,        -- gte, lte
    target              double precision NOT NULL,
    baseline_value      double precision NULL,
    baseline_count      integer     NULL,
    baseline_from       timestamptz NOT NULL,
    baseline_to         timestamptz NOT NULL,
    measure             text        NOT NULL,
    steps               text        NOT NULL,        -- JSON array
    owner               text        NOT NULL,
    planned_date        text        NOT NULL,        -- yyyy-MM-dd
    status              text        NOT NULL,        -- not_started, in_progress, done, verified, failed
    done_at             timestamptz NULL,
    resurvey_due_at     timestamptz NULL,
    resurvey_scheduled  integer     NULL,
    created_at          timestamptz NOT NULL,
    created_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE TABLE improvement_plan_notes (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id   uuid        NOT NULL REFERENCES improvement_plans (id),
    at        timestamptz NOT NULL,
    author    text        NOT NULL,
    note      text        NOT NULL
);

-- An alert fires once per key (e.g. "overdue_callback:<task id>"), however many instances check.
CREATE TABLE loop_alerts (
    alert_key text        PRIMARY KEY,
    kind      text        NOT NULL,
    message   text        NOT NULL,
    raised_at timestamptz NOT NULL
);
