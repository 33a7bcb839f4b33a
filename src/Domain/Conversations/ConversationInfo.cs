namespace AfterSalesBot.Domain.Conversations;

/// <summary>What the service knows about a conversation besides its transcript and state.</summary>
/// <param name="ServiceUrl">Where the channel expects replies (Bot Connector); null for our own Direct Line.</param>
/// <param name="UserId">The customer's id on the channel.</param>
/// <param name="HandoffStatus">"bot" unless a human is involved (later issues add the other values).</param>
public sealed record ConversationInfo(
    ConversationRef Conversation,
    string? Locale,
    string? ServiceUrl,
    string? UserId,
    string HandoffStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
