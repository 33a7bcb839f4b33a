namespace AfterSalesBot.Domain.Reports;

/// <summary>One group of a cross-analysis ('' = unknown), with its counts so small groups are visible as small.</summary>
public sealed record CrossRow(string Value, long Responses, long Completed, double? Overall, double? Csat, double? Nps, IReadOnlyList<DimensionScore> Dimensions);
