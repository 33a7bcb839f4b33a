namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// The overview of a period: sample size and rates, overall score, dimension ranking, CSAT and NPS, the top problems by
/// count and the improvement priorities. Rates and indices are null when there is nothing to compute them from;
/// <see cref="ResponseRate"/> is null until invitations are recorded (the CRM hand-off does not report them yet).
/// </summary>
public sealed record SatisfactionSummary(
    long Responses,
    long Completed,
    long? Invitations,
    double? ResponseRate,
    double? CompletionRate,
    double? Overall,
    double? Csat,
    double? Nps,
    long NpsAnswers,
    long Flagged,
    long Comments,
    IReadOnlyList<DimensionScore> Dimensions,
    IReadOnlyList<ProblemScore> TopProblems,
    IReadOnlyList<ProblemScore> Priorities)
{
    /// <summary>The dimension with the lowest mean, or null when nothing was rated.</summary>
    public DimensionScore? CoreWeakness => Dimensions.FirstOrDefault(d => d.IsCoreWeakness);
}
