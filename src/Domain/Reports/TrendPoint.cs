namespace AfterSalesBot.Domain.Reports;

/// <summary>One period of a trend: its first day and its numbers.</summary>
public sealed record TrendPoint(DateOnly PeriodStart, long Responses, double? Overall, double? Csat, double? Nps);
