namespace AfterSalesBot.Domain.Comments;

/// <summary>One re-tag in a comment's label history: what the analyst set, who, when.</summary>
public sealed record CommentLabelEntry(long CommentId, string? Category, string? Sentiment, string? Emotion, string LabelledBy, DateTimeOffset LabelledAt);
