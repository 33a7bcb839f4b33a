namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>What a valid Direct Line token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
