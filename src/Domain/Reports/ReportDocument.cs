namespace AfterSalesBot.Domain.Reports;

/// <summary>Everything a satisfaction report contains (domain.md §3), ready to render as JSON, CSV or a workbook.</summary>
public sealed record ReportDocument(
    ReportFilter Filter,
    ReportQuestions Questions,
    SatisfactionSummary Summary,
    SatisfactionSummary? PreviousPeriod,
    IReadOnlyList<TopProblem> TopProblems,
    IReadOnlyList<TrendPoint> WeeklyTrend,
    IReadOnlyList<TrendPoint> MonthlyTrend,
    IReadOnlyDictionary<ReportAttribute, IReadOnlyList<CrossRow>> Cross,
    IReadOnlyList<MonthlyRow> Monthly);
