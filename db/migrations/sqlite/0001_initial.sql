-- SQLite dialect: timestamps are ISO-8601 UTC text of fixed width (so text order is time order), uuids are text.
-- The first schema: conversations and their transcript, survey responses and answers,
-- comments with machine tags and analyst labels, and pseudonymous customers.

CREATE TABLE conversations (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_id      TEXT        NOT NULL,
    conversation_id TEXT        NOT NULL,
    locale          TEXT        NULL,
    service_url     TEXT        NULL,
    user_id         TEXT        NULL,
    -- The dialog engine's state document and its version (the ETag); version 0 = no state yet.
    state           TEXT        NULL,
    state_version   INTEGER      NOT NULL DEFAULT 0,
    handoff_status  TEXT        NOT NULL DEFAULT 'bot',
    -- Highest transcript sequence handed out; bumped in the same transaction as the insert.
    last_sequence   INTEGER      NOT NULL DEFAULT 0,
    created_at      TEXT        NOT NULL,
    updated_at      TEXT        NOT NULL,
    CONSTRAINT uq_conversations_channel UNIQUE (channel_id, conversation_id)
);

CREATE TABLE transcript (
    conversation_pk     INTEGER      NOT NULL REFERENCES conversations (id),
    sequence            INTEGER      NOT NULL,
    direction           INTEGER     NOT NULL,
    activity            TEXT        NOT NULL,
    channel_activity_id TEXT        NULL,
    recorded_at         TEXT        NOT NULL,
    PRIMARY KEY (conversation_pk, sequence)
);

-- A redelivered channel activity is recognised by this key (NULL ids are never equal).
CREATE UNIQUE INDEX uq_transcript_channel_activity ON transcript (conversation_pk, channel_activity_id);

CREATE TABLE customers (
    id                TEXT        PRIMARY KEY,          -- "C" + yyyyMMdd + "-" + 4-digit sequence
    display_name      TEXT        NULL,                 -- masked, e.g. "Ms. W*"
    contact_encrypted BLOB        NULL,                 -- contact data, encrypted by the application
    customer_type     TEXT        NULL,
    created_at        TEXT        NOT NULL
);

CREATE TABLE customer_id_sequences (
    day           TEXT   PRIMARY KEY,                   -- yyyyMMdd
    last_sequence INTEGER NOT NULL
);

CREATE TABLE survey_responses (
    id               TEXT        PRIMARY KEY,
    survey_id        TEXT        NOT NULL,
    survey_version   INTEGER     NOT NULL,
    conversation_pk  INTEGER      NULL REFERENCES conversations (id),
    customer_id      TEXT        NULL REFERENCES customers (id),
    channel_id       TEXT        NOT NULL,
    locale           TEXT        NOT NULL,
    status           INTEGER     NOT NULL,
    started_at       TEXT        NOT NULL,
    last_activity_at TEXT        NOT NULL,
    finished_at      TEXT        NULL
);

CREATE INDEX ix_survey_responses_survey_started ON survey_responses (survey_id, started_at);
CREATE INDEX ix_survey_responses_status_activity ON survey_responses (status, last_activity_at);

CREATE TABLE answers (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    response_id  TEXT        NOT NULL REFERENCES survey_responses (id),
    question_id  TEXT        NOT NULL,
    value_kind   INTEGER     NOT NULL,
    value_number NUMERIC     NULL,
    value_text   TEXT        NULL,
    raw_text     TEXT        NULL,                      -- what the customer typed, verbatim
    answered_at  TEXT        NOT NULL,
    CONSTRAINT uq_answers_question UNIQUE (response_id, question_id)
);

CREATE TABLE comments (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id           INTEGER           NOT NULL REFERENCES answers (id),
    TEXT                TEXT             NOT NULL,      -- verbatim, never altered
    category            TEXT             NULL,
    categories          TEXT             NULL,          -- all categories, main first, joined by '|'
    category_confidence REAL             NULL,
    sentiment           TEXT             NULL,
    sentiment_score     REAL             NULL,
    emotion             TEXT             NULL,
    emotion_confidence  REAL             NULL,
    model_version       TEXT             NULL,
    -- Analyst corrections sit beside the machine's tags; they never overwrite them.
    label_category      TEXT             NULL,
    label_sentiment     TEXT             NULL,
    label_emotion       TEXT             NULL,
    labelled_by         TEXT             NULL,
    labelled_at         TEXT             NULL,
    recorded_at         TEXT             NOT NULL,
    CONSTRAINT uq_comments_answer UNIQUE (answer_id)
);
