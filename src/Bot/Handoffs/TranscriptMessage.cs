namespace AfterSalesBot.Bot.Handoffs;

/// <summary>One message of a conversation as the console shows it. <see cref="Text"/> is the customer's text verbatim: render it as text, never as HTML.</summary>
/// <param name="Direction">"in" (from the customer) or "out" (from the bot or an agent).</param>
/// <param name="FromName">The sender's display name (the agent's name for agent messages).</param>
public sealed record TranscriptMessage(long Sequence, string Direction, string? FromId, string? FromName, string? Text, DateTimeOffset? Timestamp);
