using AfterSalesBot.Domain.Reports;

namespace AfterSalesBot.Bot.Reports;

/// <summary>The body of GET /api/reports/summary.</summary>
public sealed record ReportSummaryResponse(
    string SurveyId,
    DateOnly? From,
    DateOnly? To,
    long Responses,
    long Completed,
    long? Invitations,
    double? ResponseRate,
    double? CompletionRate,
    double? Overall,
    double? Csat,
    double? Nps,
    long Flagged,
    long Comments,
    IReadOnlyList<DimensionScore> Dimensions,
    IReadOnlyList<TopProblemResponse> TopProblems,
    IReadOnlyList<ProblemScore> Priorities,
    PeriodNumbers? PreviousPeriod);

/// <summary>One top problem: breadth, severity, key phrases and typical comments (ids link to GET /api/comments).</summary>
public sealed record TopProblemResponse(string Category, long Count, double Share, double Severity, double Priority, IReadOnlyList<string> Phrases, IReadOnlyList<CommentExample> Examples);

/// <summary>A typical comment: its id and its text (masked unless the caller may and asked to see personal data).</summary>
public sealed record CommentExample(long Id, string Text);

/// <summary>The headline numbers of the previous period of equal length.</summary>
public sealed record PeriodNumbers(DateOnly? From, DateOnly? To, long Responses, double? Overall, double? Csat, double? Nps);

/// <summary>The body of GET /api/comments.</summary>
public sealed record CommentListResponse(int Offset, int Limit, bool Masked, IReadOnlyList<CommentRow> Items);
