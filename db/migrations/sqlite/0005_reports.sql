-- SQLite dialect: timestamps are ISO-8601 UTC TEXT, uuids text.
-- Reports: incrementally maintained aggregates ("cells"), the per-response record of what was folded into them,
-- service context columns on responses, and the audit log of access to personal data.

-- Filled by the CRM hand-off or an import when known; NULL reports as '' (unknown).
ALTER TABLE survey_responses ADD COLUMN team TEXT NULL;
ALTER TABLE survey_responses ADD COLUMN service_stage TEXT NULL;
-- Rows made by `aftersales demo seed`: synthetic, never real customers.
ALTER TABLE survey_responses ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0;

-- The catch-up job finds what changed since its last run through these.
CREATE INDEX ix_survey_responses_activity ON survey_responses (last_activity_at);
CREATE INDEX ix_comments_labelled ON comments (labelled_at);
CREATE INDEX ix_comments_recorded ON comments (recorded_at);

-- One row per survey × day × attributes: how many responses, how many completed, how many flagged (a score < 3).
CREATE TABLE report_response_cells (
    survey_id     TEXT   NOT NULL,
    day           TEXT   NOT NULL,                     -- yyyy-MM-dd (UTC) of started_at
    channel       TEXT   NOT NULL,
    locale        TEXT   NOT NULL,
    customer_type TEXT   NOT NULL,
    product       TEXT   NOT NULL,
    staff_id      TEXT   NOT NULL,
    team          TEXT   NOT NULL,
    service_stage TEXT   NOT NULL,
    responses     INTEGER NOT NULL,
    completed     INTEGER NOT NULL,
    flagged       INTEGER NOT NULL,
    PRIMARY KEY (survey_id, day, channel, locale, customer_type, product, staff_id, team, service_stage)
);

-- Numeric answers per cell and question: count and sum (means), and the counts the indices need.
CREATE TABLE report_question_cells (
    survey_id     TEXT             NOT NULL,
    day           TEXT             NOT NULL,
    channel       TEXT             NOT NULL,
    locale        TEXT             NOT NULL,
    customer_type TEXT             NOT NULL,
    product       TEXT             NOT NULL,
    staff_id      TEXT             NOT NULL,
    team          TEXT             NOT NULL,
    service_stage TEXT             NOT NULL,
    question_id   TEXT             NOT NULL,
    answers       INTEGER           NOT NULL,
    total         REAL NOT NULL,
    top_two       INTEGER           NOT NULL,           -- value 4 or 5 (CSAT)
    low           INTEGER           NOT NULL,           -- value below 3
    promoters     INTEGER           NOT NULL,           -- value 9 or 10 (NPS)
    detractors    INTEGER           NOT NULL,           -- value 0 to 6 (NPS)
    PRIMARY KEY (survey_id, day, channel, locale, customer_type, product, staff_id, team, service_stage, question_id)
);

-- Comments per cell by effective category and sentiment (the analyst's label where there is one, else the machine's).
CREATE TABLE report_category_cells (
    survey_id     TEXT   NOT NULL,
    day           TEXT   NOT NULL,
    channel       TEXT   NOT NULL,
    locale        TEXT   NOT NULL,
    customer_type TEXT   NOT NULL,
    product       TEXT   NOT NULL,
    staff_id      TEXT   NOT NULL,
    team          TEXT   NOT NULL,
    service_stage TEXT   NOT NULL,
    category      TEXT   NOT NULL,
    sentiment     TEXT   NOT NULL,
    comments      INTEGER NOT NULL,
    PRIMARY KEY (survey_id, day, channel, locale, customer_type, product, staff_id, team, service_stage, category, sentiment)
);

-- What each response contributed when last folded, so a change is applied as (new − old).
CREATE TABLE report_folds (
    response_id  TEXT PRIMARY KEY,
    contribution TEXT NOT NULL
);

CREATE TABLE report_watermarks (
    name  TEXT        PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every read of unmasked personal data: who, in which role, what, when.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    actor   TEXT        NOT NULL,
    role    TEXT        NULL,
    action  TEXT        NOT NULL,
    subject TEXT        NULL,
    detail  TEXT        NULL
);

CREATE INDEX ix_audit_log_at ON audit_log (at);
