namespace AfterSalesBot.Domain.Reports;

/// <summary>One dimension's mean rating (sum / count) and its rank (1 = best); the lowest-ranked is the core weakness.</summary>
public sealed record DimensionScore(string QuestionId, double Mean, long Count, int Rank, bool IsCoreWeakness);
