using System.Data.Common;
using AfterSalesBot.Storage.Dialects;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace AfterSalesBot.Storage.Demo;

/// <summary>
/// Bulk-loads synthetic responses: binary COPY on PostgreSQL (responses, answers, and comments through a staging
/// table, since comments need the answers' generated ids), one transaction of prepared inserts on SQLite.
/// </summary>
public sealed class SyntheticResponseLoader(SqlDialect dialect)
{
    private const string CommentsFromStaging = """
        INSERT INTO comments (answer_id, text, category, categories, category_confidence, sentiment, sentiment_score, emotion, emotion_confidence, model_version, recorded_at)
        SELECT a.id, d.text, d.category, d.category, d.confidence, d.sentiment, 0, d.emotion, d.confidence, 'synthetic-demo', a.answered_at
        FROM demo_comments d JOIN answers a ON a.response_id = d.response_id AND a.question_id = d.question_id
        """;

    /// <summary>Loads one batch (a transaction).</summary>
    public async Task LoadAsync(IReadOnlyList<SyntheticResponse> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, batch, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await InsertAsync(connection, batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<(SyntheticResponse R, string QuestionId, int Kind, decimal? Number, string? Text)> Answers(SyntheticResponse r)
    {
        yield return (r, "customerType", 2, null, r.CustomerType);
        yield return (r, "product", 1, null, r.Product);
        yield return (r, "staff", 1, null, r.StaffId);
        foreach (var (question, value) in r.Ratings)
        {
            yield return (r, question, 0, value, null);
        }

        if (r.Comment is { } c)
        {
            yield return (r, c.QuestionId, 1, null, c.Text);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<SyntheticResponse> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY survey_responses (id, survey_id, survey_version, channel_id, locale, status, started_at, last_activity_at, finished_at, team, service_stage, synthetic) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false))
        {
            foreach (var r in batch)
            {
                writer.StartRow();
                writer.Write(r.Id, NpgsqlDbType.Uuid);
                writer.Write(r.SurveyId, NpgsqlDbType.Text);
                writer.Write(1, NpgsqlDbType.Integer);
                writer.Write(r.Channel, NpgsqlDbType.Text);
                writer.Write(r.Locale, NpgsqlDbType.Text);
                writer.Write(r.Status, NpgsqlDbType.Smallint);
                writer.Write(r.StartedAt, NpgsqlDbType.TimestampTz);
                writer.Write(r.StartedAt.AddMinutes(3), NpgsqlDbType.TimestampTz);
                writer.Write(r.StartedAt.AddMinutes(3), NpgsqlDbType.TimestampTz);
                writer.Write(r.Team, NpgsqlDbType.Text);
                writer.Write(r.ServiceStage, NpgsqlDbType.Text);
                writer.Write(true, NpgsqlDbType.Boolean);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY answers (response_id, question_id, value_kind, value_number, value_text, raw_text, answered_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false))
        {
            foreach (var (r, question, kind, number, text) in batch.SelectMany(Answers))
            {
                writer.StartRow();
                writer.Write(r.Id, NpgsqlDbType.Uuid);
                writer.Write(question, NpgsqlDbType.Text);
                writer.Write((short)kind, NpgsqlDbType.Smallint);
                WriteNullable(writer, number, NpgsqlDbType.Numeric);
                WriteNullable(writer, text, NpgsqlDbType.Text);
                WriteNullable(writer, text, NpgsqlDbType.Text);
                writer.Write(r.StartedAt.AddMinutes(2), NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TEMP TABLE demo_comments (response_id uuid, question_id text, text text, category text, sentiment text, emotion text, confidence double precision) ON COMMIT DROP",
            transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY demo_comments (response_id, question_id, text, category, sentiment, emotion, confidence) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var r in batch.Where(r => r.Comment is not null))
            {
                var c = r.Comment!;
                writer.StartRow();
                writer.Write(r.Id, NpgsqlDbType.Uuid);
                writer.Write(c.QuestionId, NpgsqlDbType.Text);
                writer.Write(c.Text, NpgsqlDbType.Text);
                writer.Write(c.Category, NpgsqlDbType.Text);
                writer.Write(c.Sentiment, NpgsqlDbType.Text);
                writer.Write(c.Emotion, NpgsqlDbType.Text);
                writer.Write(c.Confidence, NpgsqlDbType.Double);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(new CommandDefinition(CommentsFromStaging, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    // Rows are written with the synchronous calls: they only fill Npgsql's buffer (flushed as it fills), and an
    // awaited call per field cost more than the COPY itself.
    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    private async Task InsertAsync(DbConnection connection, IReadOnlyList<SyntheticResponse> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO survey_responses (id, survey_id, survey_version, channel_id, locale, status, started_at, last_activity_at, finished_at, team, service_stage, synthetic)
            VALUES (@Id, @SurveyId, 1, @Channel, @Locale, @Status, @StartedAt, @Finished, @Finished, @Team, @ServiceStage, 1)
            """,
            batch.Select(r => new
            {
                r.Id, r.SurveyId, r.Channel, r.Locale, r.Status, StartedAt = dialect.Timestamp(r.StartedAt), Finished = dialect.Timestamp(r.StartedAt.AddMinutes(3)), r.Team, r.ServiceStage,
            }),
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO answers (response_id, question_id, value_kind, value_number, value_text, raw_text, answered_at) VALUES (@Id, @QuestionId, @Kind, @Number, @Text, @Text, @At)",
            batch.SelectMany(Answers).Select(a => new { a.R.Id, a.QuestionId, a.Kind, a.Number, a.Text, At = dialect.Timestamp(a.R.StartedAt.AddMinutes(2)) }),
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TEMP TABLE IF NOT EXISTS demo_comments (response_id TEXT, question_id TEXT, text TEXT, category TEXT, sentiment TEXT, emotion TEXT, confidence REAL)",
            transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO demo_comments VALUES (@Id, @QuestionId, @Text, @Category, @Sentiment, @Emotion, @Confidence)",
            batch.Where(r => r.Comment is not null).Select(r => new { r.Id, r.Comment!.QuestionId, r.Comment.Text, r.Comment.Category, r.Comment.Sentiment, r.Comment.Emotion, r.Comment.Confidence }),
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(CommentsFromStaging, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM demo_comments", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
