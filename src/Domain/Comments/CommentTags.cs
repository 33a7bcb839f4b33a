namespace AfterSalesBot.Domain.Comments;

/// <summary>
/// The machine's tags for a free-text comment, with the model version that produced them.
/// <paramref name="Categories"/> lists every category that applies, main one first.
/// </summary>
public sealed record CommentTags(
    string Category,
    IReadOnlyList<string> Categories,
    double CategoryConfidence,
    string Sentiment,
    double SentimentScore,
    string Emotion,
    double EmotionConfidence,
    string ModelVersion);
