using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Handoffs;

/// <summary>A request to put a conversation in the agents' queue.</summary>
/// <param name="Id">Chosen by the caller, so a retried request is the same hand-off.</param>
/// <param name="Detail">Free text for the agent (e.g. the low rating, the ticket number); no personal data.</param>
/// <param name="TriggeringActivity">The activity (wire JSON) that asked for the person when it is not in the transcript yet
/// (it commits with its turn, after the placement); an external contact centre gets it with the transcript.</param>
public sealed record NewHandoff(Guid Id, ConversationRef Conversation, string Reason, string Locale, string? Detail = null, string? TriggeringActivity = null);
