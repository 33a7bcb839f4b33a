using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Handoffs;

/// <summary>A request to put a conversation in the agents' queue.</summary>
/// <param name="Id">Chosen by the caller, so a retried request is the same hand-off.</param>
/// <param name="Detail">Free text for the agent (e.g. the low rating, the ticket number); no personal data.</param>
public sealed record NewHandoff(Guid Id, ConversationRef Conversation, string Reason, string Locale, string? Detail = null);
