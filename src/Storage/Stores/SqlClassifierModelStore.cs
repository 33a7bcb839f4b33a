using System.Data.Common;
using AfterSalesBot.Domain.Classifiers;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Classifier models in <c>classifier_models</c> (bytes included, so every instance can load the promoted one) and
/// the labelled comments to train from. A partial unique index keeps at most one promoted model per task.
/// </summary>
public sealed class SqlClassifierModelStore(SqlDialect dialect) : IClassifierModelStore
{
    private const string Columns = """
        id, task, version, status, training_rows, label_rows, validation_rows, macro_f1, accuracy, baseline_version,
        baseline_macro_f1, baseline_accuracy, created_by, created_at, promoted_at, retired_at
        """;

    private static readonly string[] Tasks = ["category", "sentiment", "emotion"];

    public async Task<ClassifierModelInfo> AddAsync(NewClassifierModel model, bool promote, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckTask(model.Task);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var when = dialect.Timestamp(at);
        if (promote)
        {
            await RetirePromotedAsync(connection, transaction, model.Task, when, cancellationToken).ConfigureAwait(false);
        }

        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO classifier_models (task, version, status, model, training_rows, label_rows, validation_rows, macro_f1, accuracy,
                baseline_version, baseline_macro_f1, baseline_accuracy, created_by, created_at, promoted_at)
            VALUES (@Task, @Version, @status, @Model, @TrainingRows, @LabelRows, @ValidationRows, @MacroF1, @Accuracy,
                @BaselineVersion, @BaselineMacroF1, @BaselineAccuracy, @CreatedBy, @at, @promotedAt)
            RETURNING id
            """,
            new
            {
                model.Task, model.Version, status = promote ? ModelStatuses.Promoted : ModelStatuses.Candidate, model.Model, model.TrainingRows,
                model.LabelRows, model.ValidationRows, model.MacroF1, model.Accuracy, model.BaselineVersion, model.BaselineMacroF1,
                model.BaselineAccuracy, model.CreatedBy, at = when, promotedAt = promote ? when : null,
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (await ListWhereAsync(connection, "id = @id", new { id }, cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<IReadOnlyList<ClassifierModelInfo>> ListAsync(string? task, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ListWhereAsync(connection, task is null ? "1 = 1" : "task = @task", new { task }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<(ClassifierModelInfo Info, byte[] Model)>> PromotedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var infos = await ListWhereAsync(connection, "status = @status", new { status = ModelStatuses.Promoted }, cancellationToken).ConfigureAwait(false);
        var result = new List<(ClassifierModelInfo, byte[])>();
        foreach (var info in infos)
        {
            var bytes = await connection.ExecuteScalarAsync<byte[]>(new CommandDefinition(
                "SELECT model FROM classifier_models WHERE id = @Id", new { info.Id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            result.Add((info, bytes!));
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> PromotedVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Task, string Version)>(new CommandDefinition(
            "SELECT task, version FROM classifier_models WHERE status = @status", new { status = ModelStatuses.Promoted }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Task, r => r.Version, StringComparer.Ordinal);
    }

    public async Task<ClassifierModelInfo?> RollbackAsync(string task, string? toVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        CheckTask(task);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var current = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT id FROM classifier_models WHERE task = @task AND status = @status",
            new { task, status = ModelStatuses.Promoted },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No {task} model is promoted; the shipped model is already in use.");

        // The model to restore: the named one (any model that was ever promoted), else the one promoted most recently
        // before the current one and not rolled back itself, so repeated rollbacks walk back through the history.
        var target = toVersion is not null
            ? await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                "SELECT id FROM classifier_models WHERE task = @task AND version = @toVersion AND id <> @current AND promoted_at IS NOT NULL ORDER BY id DESC LIMIT 1",
                new { task, toVersion, current },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No earlier promoted {task} model has the version '{toVersion}'.")
            : await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                """
                SELECT id FROM classifier_models
                WHERE task = @task AND status = @retired AND promoted_at < (SELECT promoted_at FROM classifier_models WHERE id = @current)
                ORDER BY promoted_at DESC, id DESC LIMIT 1
                """,
                new { task, current, retired = ModelStatuses.Retired },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        var when = dialect.Timestamp(at);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE classifier_models SET status = @rolledBack, retired_at = @at WHERE id = @current",
            new { rolledBack = ModelStatuses.RolledBack, at = when, current },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (target is { } targetId)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE classifier_models SET status = @status, promoted_at = @at, retired_at = NULL WHERE id = @targetId",
                new { status = ModelStatuses.Promoted, at = when, targetId },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return target is { } restored
            ? (await ListWhereAsync(connection, "id = @restored", new { restored }, cancellationToken).ConfigureAwait(false))[0]
            : null;
    }

    public async Task<IReadOnlyList<TrainingText>> AnalystLabelsAsync(string task, CancellationToken cancellationToken)
    {
        CheckTask(task);
        var column = "label_" + task;
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(long Id, string Text, string Label)>(new CommandDefinition(
            $"SELECT id, text, {column} FROM comments WHERE {column} IS NOT NULL ORDER BY id", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new TrainingText(r.Id, r.Text, r.Label)).ToList();
    }

    public async Task<IReadOnlyList<TrainingText>> RatingLabelledAsync(IReadOnlyCollection<string> ratingQuestions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ratingQuestions);
        if (ratingQuestions.Count == 0)
        {
            return [];
        }

        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(long Id, string Text, double Low, double High)>(new CommandDefinition(
            $"""
            SELECT c.id, c.text, MIN(x.value_number) AS low, MAX(x.value_number) AS high
            FROM comments c
            JOIN answers a ON a.id = c.answer_id
            JOIN answers x ON x.response_id = a.response_id AND x.value_kind = 0 AND x.value_number IS NOT NULL AND {dialect.InList("x.question_id", "questions")}
            WHERE c.label_sentiment IS NULL
            GROUP BY c.id, c.text
            HAVING MAX(x.value_number) <= 2 OR MIN(x.value_number) >= 5
            ORDER BY c.id
            """,
            new { questions = ratingQuestions.ToArray() },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new TrainingText(r.Id, r.Text, r.High <= 2 ? "negative" : "positive")).ToList();
    }

    private static void CheckTask(string task)
    {
        if (!Tasks.Contains(task, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown task '{task}': use category, sentiment or emotion.", nameof(task));
        }
    }

    private static async Task RetirePromotedAsync(DbConnection connection, DbTransaction transaction, string task, object at, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE classifier_models SET status = @retired, retired_at = @at WHERE task = @task AND status = @promoted",
            new { retired = ModelStatuses.Retired, promoted = ModelStatuses.Promoted, task, at },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

    private static async Task<IReadOnlyList<ClassifierModelInfo>> ListWhereAsync(DbConnection connection, string where, object parameters, CancellationToken cancellationToken)
    {
        var result = new List<ClassifierModelInfo>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM classifier_models WHERE {where} ORDER BY id DESC", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new ClassifierModelInfo(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6),
                reader.GetDouble(7), reader.GetDouble(8), reader.GetString(9), reader.GetDouble(10), reader.GetDouble(11), reader.GetString(12),
                reader.GetFieldValue<DateTimeOffset>(13).ToUniversalTime(),
                reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14).ToUniversalTime(),
                reader.IsDBNull(15) ? null : reader.GetFieldValue<DateTimeOffset>(15).ToUniversalTime()));
        }

        return result;
    }
}
