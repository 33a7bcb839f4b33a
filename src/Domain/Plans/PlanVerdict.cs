namespace AfterSalesBot.Domain.Plans;

/// <summary>
/// Before vs after for a plan: both measurements with their counts, whether the acceptance criterion is met (null:
/// not enough answers after the measure yet), and a two-sided significance test of the change where the counts allow
/// (Welch's t-test for mean ratings, a two-proportion z-test for shares; null with <see cref="Note"/> otherwise).
/// </summary>
public sealed record PlanVerdict(
    Measurement Before,
    Measurement After,
    double? Change,
    bool? CriterionMet,
    double? PValue,
    bool? Significant,
    string Test,
    string Note);
