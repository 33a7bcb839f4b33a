namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// Filters for the comment list. Period = whole UTC days of the response's start. <see cref="Rating"/>: the response
/// has a numeric answer equal to it; <see cref="MaxRating"/>: one at or below it. <see cref="MaxConfidence"/>: the
/// machine's category confidence at or below it. <see cref="Search"/>: text contains it (case-insensitive for ASCII).
/// Category, sentiment and emotion match the analyst's label where there is one, else the machine's tag.
/// Sorted lowest confidence first (untagged first), then oldest.
/// </summary>
public sealed record CommentQuery
{
    public string? SurveyId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Product { get; init; }

    public string? StaffId { get; init; }

    public string? Channel { get; init; }

    public string? CustomerType { get; init; }

    public string? Category { get; init; }

    public string? Sentiment { get; init; }

    public string? Emotion { get; init; }

    /// <summary>One comment by id (a typical comment linked from a report).</summary>
    public long? CommentId { get; init; }

    public string? Locale { get; init; }

    public string? Team { get; init; }

    public string? ServiceStage { get; init; }

    /// <summary>With <see cref="Rating"/> or <see cref="MaxRating"/>: the numeric answer must be to this question (a dimension's bar → its low scores).</summary>
    public string? Question { get; init; }

    public int? Rating { get; init; }

    public int? MaxRating { get; init; }

    public double? MaxConfidence { get; init; }

    public string? Search { get; init; }

    /// <summary>Feedback source of imported comments (e.g. jd_review); "survey" = survey answers only.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The flagged view: comments that report a major service failure (<see cref="MajorFailureCues"/>) or sit under a
    /// score below 3; major failures first, then the lowest score, then lowest confidence.
    /// </summary>
    public bool Flagged { get; init; }

    /// <summary>Newest first instead of lowest confidence first (for sampling typical comments).</summary>
    public bool NewestFirst { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;
}
