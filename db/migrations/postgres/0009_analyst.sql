-- Analyst workspace: the history of analyst labels, classifier models with their promotion history, and the source of
-- feedback imported from outside the surveys.

-- Every re-tag, who and when; comments.label_* hold the latest. The machine's tags and the text are never changed.
CREATE TABLE comment_labels (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id  bigint      NOT NULL REFERENCES comments (id),
    category    text        NULL,
    sentiment   text        NULL,
    emotion     text        NULL,
    labelled_by text        NOT NULL,
    labelled_at timestamptz NOT NULL
);

CREATE INDEX ix_comment_labels_comment ON comment_labels (comment_id);

-- Models trained from the seed corpus plus analyst labels. At most one 'promoted' row per task; the service tags new
-- comments with it (every instance polls this table). 'candidate' = trained but worse on the validation set;
-- 'retired' = was promoted, replaced or rolled back.
CREATE TABLE classifier_models (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task              text             NOT NULL,
    version           text             NOT NULL,
    status            text             NOT NULL,
    model             bytea            NOT NULL,
    training_rows     integer          NOT NULL,
    label_rows        integer          NOT NULL,
    validation_rows   integer          NOT NULL,
    macro_f1          double precision NOT NULL,
    accuracy          double precision NOT NULL,
    baseline_version  text             NOT NULL,
    baseline_macro_f1 double precision NOT NULL,
    baseline_accuracy double precision NOT NULL,
    created_by        text             NOT NULL,
    created_at        timestamptz      NOT NULL,
    promoted_at       timestamptz      NULL,
    retired_at        timestamptz      NULL
);

CREATE UNIQUE INDEX ux_classifier_models_promoted ON classifier_models (task) WHERE status = 'promoted';

-- Feedback from other sources (`aftersales import comments`): e-commerce reviews, ticket notes, call-centre notes.
-- NULL = the survey itself.
ALTER TABLE survey_responses ADD COLUMN feedback_source text NULL;
