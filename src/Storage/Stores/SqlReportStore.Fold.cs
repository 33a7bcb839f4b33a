using System.Data.Common;
using System.Text.Json;
using AfterSalesBot.Domain.Reports;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Keeping the aggregates up to date. Each run finds the responses touched since the previous run (answers,
/// status, comments, analysts' labels), computes what each contributes now, and applies (new − old) to the cells in
/// the same transaction that records the new contribution. Runs on several instances at once are safe: each batch
/// takes the watermark row's lock before it reads the old contributions, so a response is never applied twice.
/// </summary>
public sealed partial class SqlReportStore
{
    private const string WatermarkName = "folds";
    private const int BatchSize = 500;

    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetUtcNow();
        DateTimeOffset? since;
        List<Guid> candidates;
        await using (var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                "SELECT value FROM report_watermarks WHERE name = @name", new { name = WatermarkName }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            {
                since = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetFieldValue<DateTimeOffset>(0) - Lag : null;
            }

            candidates = await CandidatesAsync(connection, since, cancellationToken).ConfigureAwait(false);
        }

        var changed = 0;
        foreach (var batch in candidates.Chunk(BatchSize))
        {
            changed += await FoldAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        await using (var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO report_watermarks (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                new { name = WatermarkName, value = dialect.Timestamp(startedAt) },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        return changed;
    }

    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            foreach (var table in new[]
                     {
                         "report_response_cells", "report_question_cells", "report_category_cells",
                         "report_rollup_responses", "report_rollup_questions", "report_rollup_categories", "report_folds", "report_watermarks",
                     })
            {
                await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {table}", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return await CatchUpAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<Guid>> CandidatesAsync(DbConnection connection, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var sql = since is null
            ? "SELECT id FROM survey_responses"
            : """
              SELECT id FROM survey_responses WHERE last_activity_at >= @since
              UNION
              SELECT a.response_id FROM comments c JOIN answers a ON a.id = c.answer_id WHERE c.recorded_at >= @since OR c.labelled_at >= @since
              """;
        var ids = new List<Guid>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            sql, new { since = since is { } s ? dialect.Timestamp(s) : null }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private async Task<int> FoldAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var contributions = await ContributionsAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);

        // The lock that serialises concurrent runs (a row lock on PostgreSQL; SQLite's write transaction already is one).
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO report_watermarks (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = report_watermarks.value",
            new { name = WatermarkName, value = dialect.Timestamp(DateTimeOffset.UnixEpoch) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var old = new Dictionary<Guid, string>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT response_id, contribution FROM report_folds WHERE {InIds("response_id")}", new { ids }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                old[reader.GetGuid(0)] = reader.GetString(1);
            }
        }

        var deltas = new ReportDeltas();
        var folds = new List<object?[]>();
        foreach (var (id, contribution) in contributions)
        {
            var json = JsonSerializer.Serialize(contribution);
            var previous = old.GetValueOrDefault(id);
            if (previous == json)
            {
                continue;
            }

            if (previous is not null)
            {
                deltas.Add(JsonSerializer.Deserialize<ReportContribution>(previous)!, -1);
            }

            deltas.Add(contribution, +1);
            folds.Add([id, json]);
        }

        await ApplyAsync(connection, transaction, deltas, cancellationToken).ConfigureAwait(false);
        await UpsertManyAsync(
            connection, transaction, "report_folds", ["response_id", "contribution"], "response_id", "contribution = excluded.contribution", folds, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return folds.Count;
    }

    private static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, ReportDeltas deltas, CancellationToken cancellationToken)
    {
        string[] key = ["survey_id", "day", "channel", "locale", "customer_type", "product", "staff_id", "team", "service_stage"];
        static string Add(string table, params string[] columns) => string.Join(", ", columns.Select(c => $"{c} = {table}.{c} + excluded.{c}"));
        await UpsertManyAsync(
            connection, transaction, "report_response_cells", [.. key, "responses", "completed", "flagged"], KeyColumns,
            Add("report_response_cells", "responses", "completed", "flagged"),
            deltas.Responses.Where(d => d.Value != default).Select(d => Values(d.Key, d.Value.Responses, d.Value.Completed, d.Value.Flagged)).ToList(),
            cancellationToken).ConfigureAwait(false);
        await UpsertManyAsync(
            connection, transaction, "report_question_cells", [.. key, "question_id", "answers", "total", "top_two", "low", "promoters", "detractors"], KeyColumns + ", question_id",
            Add("report_question_cells", "answers", "total", "top_two", "low", "promoters", "detractors"),
            deltas.Questions.Where(d => d.Value != default).Select(d => Values(
                d.Key.Key, d.Key.QuestionId, d.Value.Answers, d.Value.Total, d.Value.TopTwo, d.Value.Low, d.Value.Promoters, d.Value.Detractors)).ToList(),
            cancellationToken).ConfigureAwait(false);
        await UpsertManyAsync(
            connection, transaction, "report_category_cells", [.. key, "category", "sentiment", "comments"], KeyColumns + ", category, sentiment",
            Add("report_category_cells", "comments"),
            deltas.Categories.Where(d => d.Value != 0).Select(d => Values(d.Key.Key, d.Key.Category, d.Key.Sentiment, d.Value)).ToList(),
            cancellationToken).ConfigureAwait(false);
        await ApplyRollupsAsync(connection, transaction, deltas, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same deltas summed into the roll-ups (all responses, and each attribute on its own).</summary>
    private static async Task ApplyRollupsAsync(DbConnection connection, DbTransaction transaction, ReportDeltas deltas, CancellationToken cancellationToken)
    {
        var responses = new Dictionary<(string, string, string, string), (long Responses, long Completed, long Flagged)>();
        foreach (var (cell, value) in deltas.Responses)
        {
            foreach (var (dimension, attribute) in RollupsOf(cell))
            {
                var k = (cell.SurveyId, dimension, attribute, Day(cell.Day));
                var r = responses.GetValueOrDefault(k);
                responses[k] = (r.Responses + value.Responses, r.Completed + value.Completed, r.Flagged + value.Flagged);
            }
        }

        var questions = new Dictionary<(string, string, string, string, string), (long Answers, double Total, long TopTwo, long Low, long Promoters, long Detractors)>();
        foreach (var ((cell, question), v) in deltas.Questions)
        {
            foreach (var (dimension, attribute) in RollupsOf(cell))
            {
                var k = (cell.SurveyId, dimension, attribute, Day(cell.Day), question);
                var q = questions.GetValueOrDefault(k);
                questions[k] = (q.Answers + v.Answers, q.Total + v.Total, q.TopTwo + v.TopTwo, q.Low + v.Low, q.Promoters + v.Promoters, q.Detractors + v.Detractors);
            }
        }

        var categories = new Dictionary<(string, string, string, string, string, string), long>();
        foreach (var ((cell, category, sentiment), count) in deltas.Categories)
        {
            foreach (var (dimension, attribute) in RollupsOf(cell))
            {
                var k = (cell.SurveyId, dimension, attribute, Day(cell.Day), category, sentiment);
                categories[k] = categories.GetValueOrDefault(k) + count;
            }
        }

        string[] key = ["survey_id", "dimension", "value", "day"];
        const string Key = "survey_id, dimension, value, day";
        static string Add(string table, params string[] columns) => string.Join(", ", columns.Select(c => $"{c} = {table}.{c} + excluded.{c}"));
        await UpsertManyAsync(
            connection, transaction, "report_rollup_responses", [.. key, "responses", "completed", "flagged"], Key,
            Add("report_rollup_responses", "responses", "completed", "flagged"),
            responses.Where(d => d.Value != default).Select(d => new object?[] { d.Key.Item1, d.Key.Item2, d.Key.Item3, d.Key.Item4, d.Value.Responses, d.Value.Completed, d.Value.Flagged }).ToList(),
            cancellationToken).ConfigureAwait(false);
        await UpsertManyAsync(
            connection, transaction, "report_rollup_questions", [.. key, "question_id", "answers", "total", "top_two", "low", "promoters", "detractors"], Key + ", question_id",
            Add("report_rollup_questions", "answers", "total", "top_two", "low", "promoters", "detractors"),
            questions.Where(d => d.Value != default).Select(d => new object?[]
            {
                d.Key.Item1, d.Key.Item2, d.Key.Item3, d.Key.Item4, d.Key.Item5, d.Value.Answers, d.Value.Total, d.Value.TopTwo, d.Value.Low, d.Value.Promoters, d.Value.Detractors,
            }).ToList(),
            cancellationToken).ConfigureAwait(false);
        await UpsertManyAsync(
            connection, transaction, "report_rollup_categories", [.. key, "category", "sentiment", "comments"], Key + ", category, sentiment",
            Add("report_rollup_categories", "comments"),
            categories.Where(d => d.Value != 0).Select(d => new object?[] { d.Key.Item1, d.Key.Item2, d.Key.Item3, d.Key.Item4, d.Key.Item5, d.Key.Item6, d.Value }).ToList(),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Multi-row INSERT … ON CONFLICT DO UPDATE, a few hundred rows per statement (one round trip instead of one per row).</summary>
    private static async Task UpsertManyAsync(
        DbConnection connection, DbTransaction transaction, string table, string[] columns, string conflict, string update, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var perStatement = Math.Max(1, 2000 / columns.Length);
        foreach (var chunk in rows.Chunk(perStatement))
        {
            var sql = new System.Text.StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            // Parameters are added to the command directly: Dapper's DynamicParameters checks each name against the
            // collection (quadratic in the parameter count on SQLite).
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = "@p" + r.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sql.Append(c == 0 ? string.Empty : ", ").Append(name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = chunk[r][c] ?? DBNull.Value;
                    if (chunk[r][c] is Guid)
                    {
                        parameter.DbType = System.Data.DbType.Guid; // as Dapper binds it, so ids compare equal to the other stores' on SQLite
                    }

                    command.Parameters.Add(parameter);
                }

                sql.Append(')');
            }

            sql.Append(" ON CONFLICT (").Append(conflict).Append(") DO UPDATE SET ").Append(update);
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static object?[] Values(CellKey key, params object?[] measures) =>
        [key.SurveyId, Day(key.Day), key.Channel, key.Locale, key.CustomerType, key.Product, key.StaffId, key.Team, key.ServiceStage, .. measures];
}
