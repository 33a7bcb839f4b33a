-- Complaints in chat: idempotent intake and the questions the bot asks the customer after a resolution.

-- The chat intake's id: a retried turn (ETag conflict, redelivery, crash before the commit) finds the ticket it
-- already opened instead of opening a second one.
ALTER TABLE tickets ADD COLUMN intake_key text NULL;
CREATE UNIQUE INDEX uq_tickets_intake_key ON tickets (intake_key) WHERE intake_key IS NOT NULL;

-- What the bot must ask the customer about a ticket: "is it solved, are you satisfied?" after each resolution
-- (kind 'confirmation', due at the resolution) and "did the fix hold?" some days later (kind 'follow_up', due at
-- the ticket's follow_up_due_at). One row per ticket, kind and due time, so scheduling twice is harmless; instances
-- claim due rows with a lease (FOR UPDATE SKIP LOCKED) and mark them sent.
CREATE TABLE ticket_customer_checks (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_number   text        NOT NULL,
    kind            text        NOT NULL,
    due_at          timestamptz NOT NULL,
    channel_id      text        NOT NULL,
    conversation_id text        NOT NULL,
    locale          text        NULL,
    created_at      timestamptz NOT NULL,
    claimed_by      text        NULL,
    claimed_until   timestamptz NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    sent_at         timestamptz NULL,
    last_error      text        NULL,
    CONSTRAINT uq_ticket_customer_checks UNIQUE (ticket_number, kind, due_at)
);

CREATE INDEX ix_ticket_customer_checks_pending ON ticket_customer_checks (due_at) WHERE sent_at IS NULL;
