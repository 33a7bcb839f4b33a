-- SQLite dialect: timestamps are ISO-8601 UTC text of fixed width (so text order is time order).
-- Complaints in chat: idempotent intake and the questions the bot asks the customer after a resolution.

-- The chat intake's id: a retried turn (ETag conflict, redelivery, crash before the commit) finds the ticket it
-- already opened instead of opening a second one.
ALTER TABLE tickets ADD COLUMN intake_key TEXT NULL;
CREATE UNIQUE INDEX uq_tickets_intake_key ON tickets (intake_key) WHERE intake_key IS NOT NULL;

-- What the bot must ask the customer about a ticket: "is it solved, are you satisfied?" after each resolution
-- (kind 'confirmation', due at the resolution) and "did the fix hold?" some days later (kind 'follow_up', due at
-- the ticket's follow_up_due_at). One row per ticket, kind and due time, so scheduling twice is harmless; instances
-- claim due rows with a lease (the write lock) and mark them sent.
CREATE TABLE ticket_customer_checks (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_number   TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    due_at          TEXT        NOT NULL,
    channel_id      TEXT        NOT NULL,
    conversation_id TEXT        NOT NULL,
    locale          TEXT        NULL,
    created_at      TEXT        NOT NULL,
    claimed_by      TEXT        NULL,
    claimed_until   TEXT        NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    sent_at         TEXT        NULL,
    last_error      TEXT        NULL,
    CONSTRAINT uq_ticket_customer_checks UNIQUE (ticket_number, kind, due_at)
);

CREATE INDEX ix_ticket_customer_checks_pending ON ticket_customer_checks (due_at) WHERE sent_at IS NULL;
