namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// One row of the monthly monitoring table (domain.md §3): month × team × service stage × channel. Customers served,
/// average response time and one-contact resolution need service events, which are not recorded yet: they stay null
/// (the columns are kept so the table's shape does not change when they arrive). Improvement owner and deadline come
/// from improvement plans (null until those exist). Major complaints counts responses flagged with a score below 3.
/// </summary>
public sealed record MonthlyRow(
    string Month,
    string Team,
    string ServiceStage,
    string Channel,
    long? CustomersServed,
    double? AverageResponseSeconds,
    double? OneContactResolutionRate,
    long Responses,
    double? MeanSatisfaction,
    IReadOnlyList<string> FrequentProblems,
    long MajorComplaints,
    string? ImprovementOwner,
    DateOnly? Deadline);
