namespace AfterSalesBot.Bot.Plans;

/// <summary>Body of POST /api/plans. Baseline period: [baselineFrom, baselineTo] as days (yyyy-MM-dd, UTC, inclusive).</summary>
public sealed record PlanRequest(
    string? Problem,
    string? MetricKind,
    string? MetricKey,
    string? SurveyId,
    string? Comparison,
    double? Target,
    string? BaselineFrom,
    string? BaselineTo,
    string? Measure,
    IReadOnlyList<string>? Steps,
    string? Owner,
    string? PlannedDate);
