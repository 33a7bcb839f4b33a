namespace AfterSalesBot.Bot.Analysts;

/// <summary>Body of <c>POST /api/comments/labels</c>: the comments to re-tag and the new tags (null = leave that tag).</summary>
public sealed record RelabelRequest(IReadOnlyList<long>? Ids, string? Category, string? Sentiment, string? Emotion);
