-- Report roll-ups: the cells of 0005 summed per survey × day for all responses (dimension '') and per single
-- attribute (dimension 'channel', value 'webchat', ...). A report with at most one attribute filter reads a few
-- hundred of these rows instead of one cell per attribute combination (about one per response at scale). They are
-- maintained from the same deltas as the cells, in the same transaction, and filled here from the existing cells.

CREATE TABLE report_rollup_responses (
    survey_id   text NOT NULL,
    dimension   text NOT NULL,
    value       text NOT NULL,
    day         text NOT NULL,
    responses   bigint NOT NULL,
    completed   bigint NOT NULL,
    flagged     bigint NOT NULL,
    PRIMARY KEY (survey_id, dimension, value, day)
);

CREATE TABLE report_rollup_questions (
    survey_id   text NOT NULL,
    dimension   text NOT NULL,
    value       text NOT NULL,
    day         text NOT NULL,
    question_id text NOT NULL,
    answers     bigint NOT NULL,
    total       double precision NOT NULL,
    top_two     bigint NOT NULL,
    low         bigint NOT NULL,
    promoters   bigint NOT NULL,
    detractors  bigint NOT NULL,
    PRIMARY KEY (survey_id, dimension, value, day, question_id)
);

CREATE TABLE report_rollup_categories (
    survey_id   text NOT NULL,
    dimension   text NOT NULL,
    value       text NOT NULL,
    day         text NOT NULL,
    category    text NOT NULL,
    sentiment   text NOT NULL,
    comments    bigint NOT NULL,
    PRIMARY KEY (survey_id, dimension, value, day, category, sentiment)
);

INSERT INTO report_rollup_responses (survey_id, dimension, value, day, responses, completed, flagged)
SELECT survey_id, '', '', day, SUM(responses), SUM(completed), SUM(flagged) FROM report_response_cells GROUP BY survey_id, day
UNION ALL SELECT survey_id, 'channel', channel, day, SUM(responses), SUM(completed), SUM(flagged) FROM report_response_cells GROUP BY survey_id, channel, day
UNION ALL SELECT survey_id, 'locale', locale, day, SUM(responses), SUM(completed), SUM(flagged) FROM report_response_cells GROUP BY survey_id, locale, day
UNION ALL SELECT survey_id, 'customer_type', customer_type, day, SUM(responses), SUM(completed), SUM(flagged) FROM report_response_cells GROUP BY survey_id, customer_type, day
UNION ALL SELECT survey_id, 'product', product, day, SUM(responses), SUM(completed), SUM(flagged) FROM report_response_cells GROUP BY survey_id, product, day
UNION ALL SELECT survey_id, 'staff_id', staff_id, day, SUM(responses), SUM(completed), SUM(flagged) FROM report_response_cells GROUP BY survey_id, staff_id, day
UNION ALL SELECT survey_id, 'team', team, day, SUM(responses), SUM(completed), SUM(flagged) FROM report_response_cells GROUP BY survey_id, team, day
UNION ALL SELECT survey_id, 'service_stage', service_stage, day, SUM(responses), SUM(completed), SUM(flagged) FROM report_response_cells GROUP BY survey_id, service_stage, day;

INSERT INTO report_rollup_questions (survey_id, dimension, value, day, question_id, answers, total, top_two, low, promoters, detractors)
SELECT survey_id, '', '', day, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors) FROM report_question_cells GROUP BY survey_id, day, question_id
UNION ALL SELECT survey_id, 'channel', channel, day, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors) FROM report_question_cells GROUP BY survey_id, channel, day, question_id
UNION ALL SELECT survey_id, 'locale', locale, day, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors) FROM report_question_cells GROUP BY survey_id, locale, day, question_id
UNION ALL SELECT survey_id, 'customer_type', customer_type, day, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors) FROM report_question_cells GROUP BY survey_id, customer_type, day, question_id
UNION ALL SELECT survey_id, 'product', product, day, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors) FROM report_question_cells GROUP BY survey_id, product, day, question_id
UNION ALL SELECT survey_id, 'staff_id', staff_id, day, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors) FROM report_question_cells GROUP BY survey_id, staff_id, day, question_id
UNION ALL SELECT survey_id, 'team', team, day, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors) FROM report_question_cells GROUP BY survey_id, team, day, question_id
UNION ALL SELECT survey_id, 'service_stage', service_stage, day, question_id, SUM(answers), SUM(total), SUM(top_two), SUM(low), SUM(promoters), SUM(detractors) FROM report_question_cells GROUP BY survey_id, service_stage, day, question_id;

INSERT INTO report_rollup_categories (survey_id, dimension, value, day, category, sentiment, comments)
SELECT survey_id, '', '', day, category, sentiment, SUM(comments) FROM report_category_cells GROUP BY survey_id, day, category, sentiment
UNION ALL SELECT survey_id, 'channel', channel, day, category, sentiment, SUM(comments) FROM report_category_cells GROUP BY survey_id, channel, day, category, sentiment
UNION ALL SELECT survey_id, 'locale', locale, day, category, sentiment, SUM(comments) FROM report_category_cells GROUP BY survey_id, locale, day, category, sentiment
UNION ALL SELECT survey_id, 'customer_type', customer_type, day, category, sentiment, SUM(comments) FROM report_category_cells GROUP BY survey_id, customer_type, day, category, sentiment
UNION ALL SELECT survey_id, 'product', product, day, category, sentiment, SUM(comments) FROM report_category_cells GROUP BY survey_id, product, day, category, sentiment
UNION ALL SELECT survey_id, 'staff_id', staff_id, day, category, sentiment, SUM(comments) FROM report_category_cells GROUP BY survey_id, staff_id, day, category, sentiment
UNION ALL SELECT survey_id, 'team', team, day, category, sentiment, SUM(comments) FROM report_category_cells GROUP BY survey_id, team, day, category, sentiment
UNION ALL SELECT survey_id, 'service_stage', service_stage, day, category, sentiment, SUM(comments) FROM report_category_cells GROUP BY survey_id, service_stage, day, category, sentiment;
