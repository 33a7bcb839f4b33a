namespace AfterSalesBot.Domain.Reports;

/// <summary>One of the top problems with its key phrases and typical (negative first, newest first) comments.</summary>
public sealed record TopProblem(ProblemScore Score, IReadOnlyList<string> Phrases, IReadOnlyList<CommentRow> Examples);
