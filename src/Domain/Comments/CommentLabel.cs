namespace AfterSalesBot.Domain.Comments;

/// <summary>
/// An analyst's correction of a comment's tags. A null field leaves that tag's current label as it is; at least one
/// field must be set. Labels sit beside the machine's tags; the customer's text is never changed.
/// </summary>
public sealed record CommentLabel(string? Category, string? Sentiment, string? Emotion)
{
    /// <summary>The sentiments a label may name.</summary>
    public static IReadOnlyList<string> Sentiments { get; } = ["negative", "neutral", "positive"];

    /// <summary>The emotions a label may name.</summary>
    public static IReadOnlyList<string> Emotions { get; } = ["calm", "anxious", "angry", "satisfied"];

    /// <summary>True when the label changes nothing.</summary>
    public bool IsEmpty => Category is null && Sentiment is null && Emotion is null;
}
