namespace AfterSalesBot.TextAnalysis.Phrases;

/// <summary>The "top problems with typical cases" of a set of comments (a period, a product).</summary>
public sealed record TopProblemsReport(int CommentCount, IReadOnlyList<ProblemSummary> Problems);
