using System.Globalization;
using AfterSalesBot.Bot.Invitations;
using AfterSalesBot.Domain.Plans;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Plans;

/// <summary>
/// Improvement plans: made with their baseline measured from the stored answers, moved through their statuses, noted
/// weekly; "done" schedules the re-survey of the baseline's customer group; verification compares before (the baseline
/// period) with after (answers since the re-survey was due, from that group) against the acceptance criterion.
/// </summary>
public sealed class PlanService(IImprovementPlanStore store, IOptions<PlanOptions> options, IOptions<InvitationOptions> invitations, TimeProvider time)
{
    public async Task<ImprovementPlan> CreateAsync(PlanRequest request, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problem = Required(request.Problem, "problem");
        if (!PlanMetric.IsKnown(request.MetricKind))
        {
            throw new PlanValidationException("metricKind", $"metricKind must be {PlanMetric.DimensionMean} or {PlanMetric.CategoryShare}");
        }

        var key = Required(request.MetricKey, "metricKey");
        if (request.Comparison is not (AcceptanceCriterion.AtLeast or AcceptanceCriterion.AtMost))
        {
            throw new PlanValidationException("comparison", "comparison must be gte (at least) or lte (at most)");
        }

        var target = request.Target ?? throw new PlanValidationException("target", "target is required");
        if (request.MetricKind == PlanMetric.CategoryShare && target is < 0 or > 1)
        {
            throw new PlanValidationException("target", "a share target lies between 0 and 1 (0.05 = 5 %)");
        }

        if (request.MetricKind == PlanMetric.DimensionMean && target is < 1 or > 5)
        {
            throw new PlanValidationException("target", "a mean rating target lies between 1 and 5");
        }

        var from = Day(request.BaselineFrom, "baselineFrom");
        var to = Day(request.BaselineTo, "baselineTo").AddDays(1);
        if (to <= from)
        {
            throw new PlanValidationException("baselineTo", "baselineTo must not be before baselineFrom");
        }

        var planned = DateOnly.FromDateTime(Day(request.PlannedDate, "plannedDate").UtcDateTime);
        var surveyId = string.IsNullOrWhiteSpace(request.SurveyId) ? null : request.SurveyId.Trim();
        var criterion = new AcceptanceCriterion(request.MetricKind!, key, request.Comparison, target);
        var baseline = await store.MeasureAsync(criterion.MetricKind, key, surveyId, from, to, null, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var plan = new ImprovementPlan(
            Guid.CreateVersion7(now), problem, criterion, surveyId, baseline, from, to, Required(request.Measure, "measure"),
            [.. (request.Steps ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())], Required(request.Owner, "owner"), planned,
            PlanStatus.NotStarted, null, null, null, now, by, now, []);
        await store.CreateAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan;
    }

    /// <summary>Sets a manual status; done schedules the re-survey of the baseline group. Null when the plan is unknown.</summary>
    public async Task<ImprovementPlan?> SetStatusAsync(Guid id, string? status, CancellationToken cancellationToken)
    {
        if (status is null || !PlanStatus.Manual.Contains(status))
        {
            throw new PlanValidationException("status", $"status must be one of {string.Join(", ", PlanStatus.Manual)} (verified / failed come from POST /verify)");
        }

        var plan = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (status == PlanStatus.Done && plan.DoneAt is null)
        {
            var due = now + options.Value.ResurveyAfter;
            await store.SetStatusAsync(id, status, now, now, due, cancellationToken).ConfigureAwait(false);
            var group = await store.GroupAsync(plan.SurveyId, plan.BaselineFrom, plan.BaselineTo, cancellationToken).ConfigureAwait(false);
            var settings = invitations.Value;
            await store.ScheduleResurveyAsync(id, group, new ResurveyDefaults(plan.SurveyId ?? settings.DefaultSurveyId, settings.DefaultLocale, settings.DefaultTimeZone), due, now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.SetStatusAsync(id, status, now, null, null, cancellationToken).ConfigureAwait(false);
        }

        return await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Before vs after; null before the measure is done.</summary>
    public async Task<PlanVerdict?> EvaluateAsync(ImprovementPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.DoneAt is not { } done)
        {
            return null;
        }

        var c = plan.Criterion;
        var before = await store.MeasureAsync(c.MetricKind, c.MetricKey, plan.SurveyId, plan.BaselineFrom, plan.BaselineTo, null, cancellationToken).ConfigureAwait(false);
        var group = await store.GroupAsync(plan.SurveyId, plan.BaselineFrom, plan.BaselineTo, cancellationToken).ConfigureAwait(false);
        // After: from the re-survey of the same group when it has pseudonymous ids; anonymous web chat answers cannot be
        // matched to a group, then every answer since the measure counts.
        var after = await store.MeasureAsync(
            c.MetricKind, c.MetricKey, plan.SurveyId, plan.ResurveyDueAt ?? done, time.GetUtcNow().AddTicks(1), group.Count > 0 ? group : null, cancellationToken).ConfigureAwait(false);
        return new PlanEvaluator { MinAfterCount = options.Value.MinAfterCount, Alpha = options.Value.Alpha }.Evaluate(c, before, after);
    }

    /// <summary>Judges a done plan: verified when the criterion is met, failed when not; unchanged while too few answers.</summary>
    public async Task<(ImprovementPlan? Plan, PlanVerdict? Verdict)> VerifyAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return (null, null);
        }

        var verdict = await EvaluateAsync(plan, cancellationToken).ConfigureAwait(false)
            ?? throw new PlanValidationException("status", "the measure is not done yet: set status done first, then verify after the re-survey");
        if (verdict.CriterionMet is { } met)
        {
            await store.SetStatusAsync(id, met ? PlanStatus.Verified : PlanStatus.Failed, time.GetUtcNow(), null, null, cancellationToken).ConfigureAwait(false);
            plan = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        }

        return (plan, verdict);
    }

    /// <summary>Past its planned date (at <paramref name="now"/>, or the clock's now) and not done.</summary>
    public bool IsOverdue(ImprovementPlan plan, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Status is PlanStatus.NotStarted or PlanStatus.InProgress && plan.PlannedDate < DateOnly.FromDateTime((now ?? time.GetUtcNow()).UtcDateTime);
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new PlanValidationException(field, $"{field} is required") : value.Trim();

    private static DateTimeOffset Day(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : throw new PlanValidationException(field, $"{field} must be a day like 2026-03-01");
}
