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
            foreach (var table in new[] { "report_response_cells", "report_question_cells", "report_category_cells", "report_folds", "report_watermarks" })
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
        var folds = new List<object>();
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
            folds.Add(new { id, json });
        }

        await ApplyAsync(connection, transaction, deltas, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO report_folds (response_id, contribution) VALUES (@id, @json) ON CONFLICT (response_id) DO UPDATE SET contribution = excluded.contribution",
            folds,
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return folds.Count;
    }

    private static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, ReportDeltas deltas, CancellationToken cancellationToken)
    {
        const string Values = "@SurveyId, @Day, @Channel, @Locale, @CustomerType, @Product, @StaffId, @Team, @ServiceStage";
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO report_response_cells ({KeyColumns}, responses, completed, flagged) VALUES ({Values}, @Responses, @Completed, @Flagged)
            ON CONFLICT ({KeyColumns}) DO UPDATE SET responses = report_response_cells.responses + excluded.responses,
                completed = report_response_cells.completed + excluded.completed, flagged = report_response_cells.flagged + excluded.flagged
            """,
            deltas.Responses.Where(d => d.Value != default).Select(d => Row(d.Key, new { d.Value.Responses, d.Value.Completed, d.Value.Flagged })).ToList(),
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO report_question_cells ({KeyColumns}, question_id, answers, total, top_two, low, promoters, detractors)
            VALUES ({Values}, @QuestionId, @Answers, @Total, @TopTwo, @Low, @Promoters, @Detractors)
            ON CONFLICT ({KeyColumns}, question_id) DO UPDATE SET answers = report_question_cells.answers + excluded.answers,
                total = report_question_cells.total + excluded.total, top_two = report_question_cells.top_two + excluded.top_two,
                low = report_question_cells.low + excluded.low, promoters = report_question_cells.promoters + excluded.promoters,
                detractors = report_question_cells.detractors + excluded.detractors
            """,
            deltas.Questions.Where(d => d.Value != default).Select(d => Row(d.Key.Key, new
            {
                d.Key.QuestionId, d.Value.Answers, d.Value.Total, d.Value.TopTwo, d.Value.Low, d.Value.Promoters, d.Value.Detractors,
            })).ToList(),
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO report_category_cells ({KeyColumns}, category, sentiment, comments) VALUES ({Values}, @Category, @Sentiment, @Comments)
            ON CONFLICT ({KeyColumns}, category, sentiment) DO UPDATE SET comments = report_category_cells.comments + excluded.comments
            """,
            deltas.Categories.Where(d => d.Value != 0).Select(d => Row(d.Key.Key, new { d.Key.Category, d.Key.Sentiment, Comments = d.Value })).ToList(),
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static DynamicParameters Row(CellKey key, object measures)
    {
        var row = new DynamicParameters(measures);
        row.Add("SurveyId", key.SurveyId);
        row.Add("Day", Day(key.Day));
        row.Add("Channel", key.Channel);
        row.Add("Locale", key.Locale);
        row.Add("CustomerType", key.CustomerType);
        row.Add("Product", key.Product);
        row.Add("StaffId", key.StaffId);
        row.Add("Team", key.Team);
        row.Add("ServiceStage", key.ServiceStage);
        return row;
    }
}
