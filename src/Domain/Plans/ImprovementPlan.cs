namespace AfterSalesBot.Domain.Plans;

/// <summary>
/// One row of the improvement tracking table (domain.md §4): the core problem with its measured baseline, the measure
/// and its steps, owner, planned date, a measurable acceptance criterion, status and weekly notes. After "done" the same
/// customer group is surveyed again and the plan is verified (or failed) on before vs after.
/// </summary>
/// <param name="Baseline">The metric over [BaselineFrom, BaselineTo) when the plan was made, pulled from the stored answers.</param>
public sealed record ImprovementPlan(
    Guid Id,
    string Problem,
    AcceptanceCriterion Criterion,
    string? SurveyId,
    Measurement Baseline,
    DateTimeOffset BaselineFrom,
    DateTimeOffset BaselineTo,
    string Measure,
    IReadOnlyList<string> Steps,
    string Owner,
    DateOnly PlannedDate,
    string Status,
    DateTimeOffset? DoneAt,
    DateTimeOffset? ResurveyDueAt,
    int? ResurveyScheduled,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PlanNote> Notes);
