namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// The numeric answers to one question in a cell: count and sum (for the mean), and the counts the indices need:
/// 4–5 (CSAT), below 3 (low), 9–10 (NPS promoters), 0–6 (NPS detractors). Which of them mean something depends on
/// the question's kind, which the report takes from the survey definition.
/// </summary>
public sealed record QuestionCell(CellKey Key, string QuestionId, long Answers, double Total, long TopTwo, long Low, long Promoters, long Detractors);
