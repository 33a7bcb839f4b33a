-- Staff who sign in to the agent console and the analyst pages, and the call-back tasks they work through.

-- Passwords are stored only as ASP.NET Core Identity hashes (PBKDF2); a new user's first password is shown once
-- and must be changed at the first sign-in.
CREATE TABLE staff_users (
    id                   uuid        PRIMARY KEY,
    name                 text        NOT NULL,
    role                 text        NOT NULL,
    staff_id             text        NULL,
    display_name         text        NULL,
    password_hash        text        NOT NULL,
    must_change_password boolean     NOT NULL,
    disabled             boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL,
    password_changed_at  timestamptz NULL,
    CONSTRAINT uq_staff_users_name UNIQUE (name)
);

-- A person must call a customer back: after a hand-off no agent could take, a low score, a "yes" to the
-- call-back question, a ticket follow-up, a verification call or a retention call. dedupe_key makes creation
-- idempotent (the same cause never creates two tasks).
CREATE TABLE callback_tasks (
    id                   uuid        PRIMARY KEY,
    source               text        NOT NULL,
    reason               text        NOT NULL,
    channel_id           text        NULL,
    conversation_id      text        NULL,
    response_id          uuid        NULL,
    ticket_number        text        NULL,
    customer_id          text        NULL,
    contact              text        NULL,
    locale               text        NOT NULL,
    due_at               timestamptz NOT NULL,
    dedupe_key           text        NOT NULL,
    status               text        NOT NULL,
    assigned_to          text        NULL,
    outcome              text        NULL,
    note                 text        NULL,
    created_at           timestamptz NOT NULL,
    closed_at            timestamptz NULL,
    closed_by            text        NULL,
    CONSTRAINT uq_callback_tasks_dedupe UNIQUE (dedupe_key)
);

CREATE INDEX ix_callback_tasks_status_due ON callback_tasks (status, due_at);

-- ASP.NET Core data-protection keys (they encrypt the staff sign-in cookie): kept in the database so every
-- service instance can read a cookie another instance issued.
CREATE TABLE data_protection_keys (
    name       text        PRIMARY KEY,
    xml        text        NOT NULL,
    created_at timestamptz NOT NULL
);
