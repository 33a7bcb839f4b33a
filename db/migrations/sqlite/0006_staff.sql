-- Staff who sign in to the agent console and the analyst pages, and the call-back tasks they work through.

-- Passwords are stored only as ASP.NET Core Identity hashes (PBKDF2); a new user's first password is shown once
-- and must be changed at the first sign-in.
CREATE TABLE staff_users (
    id                   TEXT        PRIMARY KEY,
    name                 TEXT        NOT NULL,
    role                 TEXT        NOT NULL,
    staff_id             TEXT        NULL,
    display_name         TEXT        NULL,
    password_hash        TEXT        NOT NULL,
    must_change_password INTEGER     NOT NULL,
    disabled             INTEGER     NOT NULL DEFAULT 0,
    created_at           TEXT        NOT NULL,
    password_changed_at  TEXT        NULL,
    CONSTRAINT uq_staff_users_name UNIQUE (name)
);

-- A person must call a customer back: after a hand-off no agent could take, a low score, a "yes" to the
-- call-back question, a ticket follow-up, a verification call or a retention call. dedupe_key makes creation
-- idempotent (the same cause never creates two tasks).
CREATE TABLE callback_tasks (
    id                   TEXT        PRIMARY KEY,
    source               TEXT        NOT NULL,
    reason               TEXT        NOT NULL,
    channel_id           TEXT        NULL,
    conversation_id      TEXT        NULL,
    response_id          TEXT        NULL,
    ticket_number        TEXT        NULL,
    customer_id          TEXT        NULL,
    contact              TEXT        NULL,
    locale               TEXT        NOT NULL,
    due_at               TEXT        NOT NULL,
    dedupe_key           TEXT        NOT NULL,
    status               TEXT        NOT NULL,
    assigned_to          TEXT        NULL,
    outcome              TEXT        NULL,
    note                 TEXT        NULL,
    created_at           TEXT        NOT NULL,
    closed_at            TEXT        NULL,
    closed_by            TEXT        NULL,
    CONSTRAINT uq_callback_tasks_dedupe UNIQUE (dedupe_key)
);

CREATE INDEX ix_callback_tasks_status_due ON callback_tasks (status, due_at);

-- ASP.NET Core data-protection keys (they encrypt the staff sign-in cookie): kept in the database so every
-- service instance can read a cookie another instance issued.
CREATE TABLE data_protection_keys (
    name       TEXT        PRIMARY KEY,
    xml        TEXT        NOT NULL,
    created_at TEXT        NOT NULL
);
