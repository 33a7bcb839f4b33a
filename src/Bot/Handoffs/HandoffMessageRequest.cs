namespace AfterSalesBot.Bot.Handoffs;

/// <summary>The body of <c>POST /api/handoffs/{id}/messages</c>.</summary>
public sealed record HandoffMessageRequest(string? Text);
