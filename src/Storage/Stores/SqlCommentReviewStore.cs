using System.Data.Common;
using System.Globalization;
using System.Text;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>The comment list for review and reports: filters, lowest confidence first, full-text search (substring).</summary>
public sealed class SqlCommentReviewStore(SqlDialect dialect, ReportAttributeQuestions? attributes = null) : ICommentReviewStore
{
    private readonly ReportAttributeQuestions _attributes = attributes ?? ReportAttributeQuestions.Default;

    public async Task<IReadOnlyList<CommentRow>> ListCommentsAsync(CommentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = Where(query);
        parameters.Add("limit", Math.Clamp(query.Limit, 1, 1000));
        parameters.Add("offset", Math.Max(query.Offset, 0));
        var lowest = "(SELECT MIN(x.value_number) FROM answers x WHERE x.response_id = r.id AND x.value_kind = 0 AND x.value_number IS NOT NULL)";
        var order = query.NewestFirst
            ? "r.started_at DESC, c.id DESC"
            : query.Flagged
                ? $"CASE WHEN {MajorFailure(parameters)} THEN 0 ELSE 1 END, COALESCE({lowest}, 99), c.category_confidence, c.id"
                : "CASE WHEN c.category_confidence IS NULL THEN 0 ELSE 1 END, c.category_confidence, c.id";
        var sql = $"""
            SELECT c.id, a.response_id, r.survey_id, r.started_at, r.channel_id, COALESCE(ct.value_text, '') AS customer_type,
                COALESCE(pr.value_text, '') AS product, COALESCE(st.value_text, '') AS staff_id, c.text, c.category, c.category_confidence,
                c.sentiment, c.emotion, c.model_version, c.label_category, c.label_sentiment, c.label_emotion, c.labelled_by,
                c.sentiment_score, c.emotion_confidence, r.feedback_source, CASE WHEN {MajorFailure(parameters)} THEN 1 ELSE 0 END AS major, c.labelled_at
            FROM comments c
            JOIN answers a ON a.id = c.answer_id
            JOIN survey_responses r ON r.id = a.response_id
            LEFT JOIN answers ct ON ct.response_id = r.id AND ct.question_id = @customerTypeQuestion
            LEFT JOIN answers pr ON pr.response_id = r.id AND pr.question_id = @productQuestion
            LEFT JOIN answers st ON st.response_id = r.id AND st.question_id = @staffQuestion
            WHERE {where}
            ORDER BY {order}
            LIMIT @limit OFFSET @offset
            """;
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<CommentRow>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new CommentRow(
                    reader.GetInt64(0),
                    reader.GetGuid(1),
                    reader.GetString(2),
                    DateOnly.FromDateTime(reader.GetFieldValue<DateTimeOffset>(3).UtcDateTime),
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.GetString(6),
                    reader.GetString(7),
                    reader.GetString(8),
                    Text(reader, 9),
                    reader.IsDBNull(10) ? null : reader.GetDouble(10),
                    Text(reader, 11),
                    Text(reader, 12),
                    Text(reader, 13),
                    Text(reader, 14),
                    Text(reader, 15),
                    Text(reader, 16),
                    Text(reader, 17),
                    new Dictionary<string, double>(),
                    reader.IsDBNull(18) ? null : reader.GetDouble(18),
                    reader.IsDBNull(19) ? null : reader.GetDouble(19),
                    Text(reader, 20),
                    Convert.ToInt32(reader.GetValue(21), CultureInfo.InvariantCulture) == 1,
                    reader.IsDBNull(22) ? null : reader.GetFieldValue<DateTimeOffset>(22).ToUniversalTime()));
            }
        }

        if (rows.Count == 0)
        {
            return rows;
        }

        var ratings = await RatingsAsync(connection, rows.Select(r => r.ResponseId).Distinct().ToArray(), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => r with { Ratings = ratings.GetValueOrDefault(r.ResponseId) ?? new Dictionary<string, double>() }).ToList();
    }

    private async Task<Dictionary<Guid, Dictionary<string, double>>> RatingsAsync(DbConnection connection, Guid[] ids, CancellationToken cancellationToken)
    {
        var inIds = dialect.Name == StorageOptions.PostgresProvider ? "response_id = ANY(@ids)" : "response_id IN @ids";
        var result = new Dictionary<Guid, Dictionary<string, double>>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT response_id, question_id, value_number FROM answers WHERE {inIds} AND value_kind = 0 AND value_number IS NOT NULL",
            new { ids },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetGuid(0);
            if (!result.TryGetValue(id, out var map))
            {
                result[id] = map = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            map[reader.GetString(1)] = Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture);
        }

        return result;
    }

    private (string Where, DynamicParameters Parameters) Where(CommentQuery q)
    {
        var where = new StringBuilder("1 = 1");
        var p = new DynamicParameters();
        p.Add("customerTypeQuestion", _attributes.CustomerType);
        p.Add("productQuestion", _attributes.Product);
        p.Add("staffQuestion", _attributes.StaffId);
        void Equal(string expression, string name, object? value)
        {
            if (value is not null)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND {expression} = @{name}");
                p.Add(name, value);
            }
        }

        Equal("r.survey_id", "surveyId", q.SurveyId);
        Equal("r.channel_id", "channel", q.Channel);
        Equal("r.locale", "locale", q.Locale);
        Equal("c.id", "commentId", q.CommentId);
        Equal("COALESCE(r.team, '')", "team", q.Team);
        Equal("COALESCE(r.service_stage, '')", "serviceStage", q.ServiceStage);
        var onQuestion = q.Question is null ? "" : " AND x.question_id = @question";
        if (q.Question is not null)
        {
            p.Add("question", q.Question);
        }

        Equal("COALESCE(ct.value_text, '')", "customerType", q.CustomerType);
        Equal("COALESCE(pr.value_text, '')", "product", q.Product);
        Equal("COALESCE(st.value_text, '')", "staffId", q.StaffId);
        Equal("COALESCE(c.label_category, c.category)", "category", q.Category);
        Equal("COALESCE(c.label_sentiment, c.sentiment)", "sentiment", q.Sentiment);
        Equal("COALESCE(c.label_emotion, c.emotion)", "emotion", q.Emotion);
        if (q.From is { } from)
        {
            where.Append(" AND r.started_at >= @from");
            p.Add("from", dialect.Timestamp(new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        }

        if (q.To is { } to)
        {
            where.Append(" AND r.started_at < @to");
            p.Add("to", dialect.Timestamp(new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        }

        if (q.Rating is { } rating)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM answers x WHERE x.response_id = r.id AND x.value_kind = 0 AND x.value_number = @rating" + onQuestion + ")");
            p.Add("rating", rating);
        }

        if (q.MaxRating is { } maxRating)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM answers x WHERE x.response_id = r.id AND x.value_kind = 0 AND x.value_number <= @maxRating" + onQuestion + ")");
            p.Add("maxRating", maxRating);
        }

        if (q.MaxConfidence is { } maxConfidence)
        {
            where.Append(" AND c.category_confidence <= @maxConfidence");
            p.Add("maxConfidence", maxConfidence);
        }

        if (q.Source is "survey")
        {
            where.Append(" AND r.feedback_source IS NULL");
        }
        else if (q.Source is not null)
        {
            Equal("r.feedback_source", "source", q.Source);
        }

        if (q.Flagged)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND ({MajorFailure(p)} OR EXISTS (SELECT 1 FROM answers x WHERE x.response_id = r.id AND x.value_kind = 0 AND x.value_number < 3))");
        }

        if (!string.IsNullOrEmpty(q.Search))
        {
            // Substring search; LIKE's wildcards in the search text are matched literally.
            where.Append(" AND lower(c.text) LIKE @search ESCAPE '\\'");
            var escaped = q.Search.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            p.Add("search", "%" + escaped + "%");
        }

        return (where.ToString(), p);
    }

    /// <summary>SQL that is true when the comment text contains a major-failure cue (parameters added once per command).</summary>
    private static string MajorFailure(DynamicParameters p)
    {
        var names = new List<string>();
        for (var i = 0; i < MajorFailureCues.All.Count; i++)
        {
            var name = "cue" + i.ToString(CultureInfo.InvariantCulture);
            if (!p.ParameterNames.Contains(name))
            {
                p.Add(name, "%" + MajorFailureCues.All[i] + "%");
            }

            names.Add($"lower(c.text) LIKE @{name}");
        }

        return "(" + string.Join(" OR ", names) + ")";
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
