-- The first schema: conversations and their transcript, survey responses and answers,
-- comments with machine tags and analyst labels, and pseudonymous customers.

CREATE TABLE conversations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel_id      text        NOT NULL,
    conversation_id text        NOT NULL,
    locale          text        NULL,
    service_url     text        NULL,
    user_id         text        NULL,
    -- The dialog engine's state document and its version (the ETag); version 0 = no state yet.
    state           text        NULL,
    state_version   bigint      NOT NULL DEFAULT 0,
    handoff_status  text        NOT NULL DEFAULT 'bot',
    -- Highest transcript sequence handed out; bumped in the same transaction as the insert.
    last_sequence   bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT uq_conversations_channel UNIQUE (channel_id, conversation_id)
);

CREATE TABLE transcript (
    conversation_pk     bigint      NOT NULL REFERENCES conversations (id),
    sequence            bigint      NOT NULL,
    direction           smallint    NOT NULL,
    activity            text        NOT NULL,
    channel_activity_id text        NULL,
    recorded_at         timestamptz NOT NULL,
    PRIMARY KEY (conversation_pk, sequence)
);

-- A redelivered channel activity is recognised by this key (NULL ids are never equal).
CREATE UNIQUE INDEX uq_transcript_channel_activity ON transcript (conversation_pk, channel_activity_id);

CREATE TABLE customers (
    id                text        PRIMARY KEY,          -- "C" + yyyyMMdd + "-" + 4-digit sequence
    display_name      text        NULL,                 -- masked, e.g. "Ms. W*"
    contact_encrypted bytea       NULL,                 -- contact data, encrypted by the application
    customer_type     text        NULL,
    created_at        timestamptz NOT NULL
);

CREATE TABLE customer_id_sequences (
    day           text   PRIMARY KEY,                   -- yyyyMMdd
    last_sequence bigint NOT NULL
);

CREATE TABLE survey_responses (
    id               uuid        PRIMARY KEY,
    survey_id        text        NOT NULL,
    survey_version   integer     NOT NULL,
    conversation_pk  bigint      NULL REFERENCES conversations (id),
    customer_id      text        NULL REFERENCES customers (id),
    channel_id       text        NOT NULL,
    locale           text        NOT NULL,
    status           smallint    NOT NULL,
    started_at       timestamptz NOT NULL,
    last_activity_at timestamptz NOT NULL,
    finished_at      timestamptz NULL
);

CREATE INDEX ix_survey_responses_survey_started ON survey_responses (survey_id, started_at);
CREATE INDEX ix_survey_responses_status_activity ON survey_responses (status, last_activity_at);

CREATE TABLE answers (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    response_id  uuid        NOT NULL REFERENCES survey_responses (id),
    question_id  text        NOT NULL,
    value_kind   smallint    NOT NULL,
    value_number numeric     NULL,
    value_text   text        NULL,
    raw_text     text        NULL,                      -- what the customer typed, verbatim
    answered_at  timestamptz NOT NULL,
    CONSTRAINT uq_answers_question UNIQUE (response_id, question_id)
);

CREATE TABLE comments (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    answer_id           bigint           NOT NULL REFERENCES answers (id),
    text                text             NOT NULL,      -- verbatim, never altered
    category            text             NULL,
    categories          text             NULL,          -- all categories, main first, joined by '|'
    category_confidence double precision NULL,
    sentiment           text             NULL,
    sentiment_score     double precision NULL,
    emotion             text             NULL,
    emotion_confidence  double precision NULL,
    model_version       text             NULL,
    -- Analyst corrections sit beside the machine's tags; they never overwrite them.
    label_category      text             NULL,
    label_sentiment     text             NULL,
    label_emotion       text             NULL,
    labelled_by         text             NULL,
    labelled_at         timestamptz      NULL,
    recorded_at         timestamptz      NOT NULL,
    CONSTRAINT uq_comments_answer UNIQUE (answer_id)
);
