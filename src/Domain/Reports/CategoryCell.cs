namespace AfterSalesBot.Domain.Reports;

/// <summary>Comments in a cell with one effective category and sentiment (the analyst's label if any, else the machine's; '' when untagged).</summary>
public sealed record CategoryCell(CellKey Key, string Category, string Sentiment, long Comments);
