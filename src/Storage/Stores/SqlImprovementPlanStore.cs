using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using AfterSalesBot.Domain.Plans;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Improvement plans and notes; measurements straight from the stored answers and comments.</summary>
public sealed partial class SqlImprovementPlanStore(SqlDialect dialect) : IImprovementPlanStore
{
    private const string Columns = """
        id, problem, metric_kind, metric_key, survey_id, comparison, target, baseline_value, baseline_count, baseline_from, baseline_to,
        measure, steps, owner, planned_date, status, done_at, resurvey_due_at, resurvey_scheduled, created_at, created_by, updated_at
        """;

    public async Task CreateAsync(ImprovementPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO improvement_plans ({Columns}, version)
            VALUES (@id, @problem, @metricKind, @metricKey, @surveyId, @comparison, @target, @baselineValue, @baselineCount, @baselineFrom, @baselineTo,
                    @measure, @steps, @owner, @plannedDate, @status, NULL, NULL, NULL, @createdAt, @createdBy, @createdAt, 1)
            """,
            new
            {
                id = plan.Id, problem = plan.Problem, metricKind = plan.Criterion.MetricKind, metricKey = plan.Criterion.MetricKey, surveyId = plan.SurveyId,
                comparison = plan.Criterion.Comparison, target = plan.Criterion.Target, baselineValue = plan.Baseline.Value, baselineCount = plan.Baseline.Count,
                baselineFrom = dialect.Timestamp(plan.BaselineFrom), baselineTo = dialect.Timestamp(plan.BaselineTo), measure = plan.Measure,
                steps = JsonSerializer.Serialize(plan.Steps), owner = plan.Owner, plannedDate = plan.PlannedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                status = plan.Status, createdAt = dialect.Timestamp(plan.CreatedAt), createdBy = plan.CreatedBy,
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<ImprovementPlan?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        ImprovementPlan? plan;
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM improvement_plans WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            plan = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Map(reader, []) : null;
        }

        if (plan is null)
        {
            return null;
        }

        var notes = new List<PlanNote>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT at, author, note FROM improvement_plan_notes WHERE plan_id = @id ORDER BY at, id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                notes.Add(new PlanNote(reader.GetTimestamp("at"), reader.GetString("author"), reader.GetString("note")));
            }
        }

        return plan with { Notes = notes };
    }

    public async Task<IReadOnlyList<ImprovementPlan>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM improvement_plans ORDER BY created_at DESC", cancellationToken: cancellationToken)).ConfigureAwait(false);
        var plans = new List<ImprovementPlan>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            plans.Add(Map(reader, []));
        }

        return plans;
    }

    public async Task<bool> SetStatusAsync(Guid id, string status, DateTimeOffset at, DateTimeOffset? doneAt, DateTimeOffset? resurveyDueAt, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE improvement_plans SET status = @status, updated_at = @at, version = version + 1,
                done_at = COALESCE(@doneAt, done_at), resurvey_due_at = COALESCE(@resurveyDueAt, resurvey_due_at)
            WHERE id = @id
            """,
            new
            {
                id, status, at = dialect.Timestamp(at), doneAt = doneAt is { } d ? dialect.Timestamp(d) : null,
                resurveyDueAt = resurveyDueAt is { } r ? dialect.Timestamp(r) : null,
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    public async Task<bool> AddNoteAsync(Guid id, PlanNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO improvement_plan_notes (plan_id, at, author, note)
            SELECT id, @at, @author, @note FROM improvement_plans WHERE id = @id
            """,
            new { id, at = dialect.Timestamp(note.At), author = note.Author, note = note.Note },
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    private static ImprovementPlan Map(DbDataReader r, IReadOnlyList<PlanNote> notes)
    {
        var valueOrdinal = r.GetOrdinal("baseline_value");
        var countOrdinal = r.GetOrdinal("baseline_count");
        var scheduledOrdinal = r.GetOrdinal("resurvey_scheduled");
        return new ImprovementPlan(
            r.GetGuid("id"), r.GetString("problem"),
            new AcceptanceCriterion(r.GetString("metric_kind"), r.GetString("metric_key"), r.GetString("comparison"), Convert.ToDouble(r.GetValue(r.GetOrdinal("target")), CultureInfo.InvariantCulture)),
            r.GetNullableString("survey_id"),
            new Measurement(
                r.IsDBNull(countOrdinal) ? 0 : Convert.ToInt32(r.GetValue(countOrdinal), CultureInfo.InvariantCulture),
                r.IsDBNull(valueOrdinal) ? null : Convert.ToDouble(r.GetValue(valueOrdinal), CultureInfo.InvariantCulture),
                null),
            r.GetTimestamp("baseline_from"), r.GetTimestamp("baseline_to"), r.GetString("measure"),
            JsonSerializer.Deserialize<List<string>>(r.GetString("steps")) ?? [], r.GetString("owner"),
            DateOnly.ParseExact(r.GetString("planned_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetString("status"),
            r.GetNullableTimestamp("done_at"), r.GetNullableTimestamp("resurvey_due_at"),
            r.IsDBNull(scheduledOrdinal) ? null : Convert.ToInt32(r.GetValue(scheduledOrdinal), CultureInfo.InvariantCulture),
            r.GetTimestamp("created_at"), r.GetString("created_by"), r.GetTimestamp("updated_at"), notes);
    }

    private static short Completed => (short)ResponseStatus.Completed;
}
