namespace AfterSalesBot.Domain.Handoffs;

/// <summary>A survey answer as the agent sees it beside the conversation (tags only on free-text comments).</summary>
/// <param name="Value">The recorded value as text (a number, a choice id, "true"/"false", the text).</param>
/// <param name="RawText">What the customer typed, verbatim.</param>
public sealed record HandoffAnswer(string QuestionId, string? Value, string? RawText, string? Category, string? Sentiment, string? Emotion);
