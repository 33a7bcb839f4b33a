-- Reports: incrementally maintained aggregates ("cells"), the per-response record of what was folded into them,
-- service context columns on responses, and the audit log of access to personal data.

-- Filled by the CRM hand-off or an import when known; NULL reports as '' (unknown).
ALTER TABLE survey_responses ADD COLUMN team text NULL;
ALTER TABLE survey_responses ADD COLUMN service_stage text NULL;
-- Rows made by `aftersales demo seed`: synthetic, never real customers.
ALTER TABLE survey_responses ADD COLUMN synthetic boolean NOT NULL DEFAULT false;

-- The catch-up job finds what changed since its last run through these.
CREATE INDEX ix_survey_responses_activity ON survey_responses (last_activity_at);
CREATE INDEX ix_comments_labelled ON comments (labelled_at);
CREATE INDEX ix_comments_recorded ON comments (recorded_at);

-- One row per survey × day × attributes: how many responses, how many completed, how many flagged (a score < 3).
CREATE TABLE report_response_cells (
    survey_id     text   NOT NULL,
    day           text   NOT NULL,                     -- yyyy-MM-dd (UTC) of started_at
    channel       text   NOT NULL,
    locale        text   NOT NULL,
    customer_type text   NOT NULL,
    product       text   NOT NULL,
    staff_id      text   NOT NULL,
    team          text   NOT NULL,
    service_stage text   NOT NULL,
    responses     bigint NOT NULL,
    completed     bigint NOT NULL,
    flagged       bigint NOT NULL,
    PRIMARY KEY (survey_id, day, channel, locale, customer_type, product, staff_id, team, service_stage)
);

-- Numeric answers per cell and question: count and sum (means), and the counts the indices need.
CREATE TABLE report_question_cells (
    survey_id     text             NOT NULL,
    day           text             NOT NULL,
    channel       text             NOT NULL,
    locale        text             NOT NULL,
    customer_type text             NOT NULL,
    product       text             NOT NULL,
    staff_id      text             NOT NULL,
    team          text             NOT NULL,
    service_stage text             NOT NULL,
    question_id   text             NOT NULL,
    answers       bigint           NOT NULL,
    total         double precision NOT NULL,
    top_two       bigint           NOT NULL,           -- value 4 or 5 (CSAT)
    low           bigint           NOT NULL,           -- value below 3
    promoters     bigint           NOT NULL,           -- value 9 or 10 (NPS)
    detractors    bigint           NOT NULL,           -- value 0 to 6 (NPS)
    PRIMARY KEY (survey_id, day, channel, locale, customer_type, product, staff_id, team, service_stage, question_id)
);

-- Comments per cell by effective category and sentiment (the analyst's label where there is one, else the machine's).
CREATE TABLE report_category_cells (
    survey_id     text   NOT NULL,
    day           text   NOT NULL,
    channel       text   NOT NULL,
    locale        text   NOT NULL,
    customer_type text   NOT NULL,
    product       text   NOT NULL,
    staff_id      text   NOT NULL,
    team          text   NOT NULL,
    service_stage text   NOT NULL,
    category      text   NOT NULL,
    sentiment     text   NOT NULL,
    comments      bigint NOT NULL,
    PRIMARY KEY (survey_id, day, channel, locale, customer_type, product, staff_id, team, service_stage, category, sentiment)
);

-- What each response contributed when last folded, so a change is applied as (new − old).
CREATE TABLE report_folds (
    response_id  uuid PRIMARY KEY,
    contribution text NOT NULL
);

CREATE TABLE report_watermarks (
    name  text        PRIMARY KEY,
    value timestamptz NOT NULL
);

-- Every read of unmasked personal data: who, in which role, what, when.
CREATE TABLE audit_log (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    actor   text        NOT NULL,
    role    text        NULL,
    action  text        NOT NULL,
    subject text        NULL,
    detail  text        NULL
);

CREATE INDEX ix_audit_log_at ON audit_log (at);
