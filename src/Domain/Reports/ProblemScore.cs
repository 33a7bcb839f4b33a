namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// A problem category among the comments: how many (breadth, also as a share of all tagged comments), how many of them
/// are negative (severity = negative share), and the improvement priority = share × severity.
/// </summary>
public sealed record ProblemScore(string Category, long Count, double Share, long Negative, double Severity, double Priority);
