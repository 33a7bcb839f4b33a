namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// A comment as the review list shows it: verbatim text, the ratings given with it, the machine's tags (with
/// confidences) and the analyst's labels; <see cref="Source"/> is set for imported feedback; <see cref="MajorFailure"/>
/// when the text names a major service failure.
/// </summary>
public sealed record CommentRow(
    long Id,
    Guid ResponseId,
    string SurveyId,
    DateOnly Day,
    string Channel,
    string CustomerType,
    string Product,
    string StaffId,
    string Text,
    string? Category,
    double? CategoryConfidence,
    string? Sentiment,
    string? Emotion,
    string? ModelVersion,
    string? LabelCategory,
    string? LabelSentiment,
    string? LabelEmotion,
    string? LabelledBy,
    IReadOnlyDictionary<string, double> Ratings,
    double? SentimentScore = null,
    double? EmotionConfidence = null,
    string? Source = null,
    bool MajorFailure = false,
    DateTimeOffset? LabelledAt = null)
{
    /// <summary>The same row with other text (the masked version for callers without the personal-data right).</summary>
    public CommentRow WithText(string text) => this with { Text = text };
}
