using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Handoffs;

/// <summary>One hand-off of a conversation to a person, from the queue to its end (see <see cref="HandoffStatuses"/>).</summary>
/// <param name="Agent">The user name of the agent who took it (null while queued).</param>
/// <param name="AgentDisplayName">The name the customer sees for the agent.</param>
/// <param name="CallbackTaskId">The call-back task created instead, when status is callback.</param>
/// <param name="LastCustomerMessageAt">When the customer last wrote while the hand-off was open.</param>
/// <param name="Detail">What the trigger adds for the agent (the low rating, the ticket number).</param>
public sealed record Handoff(
    Guid Id,
    ConversationRef Conversation,
    string Status,
    string Reason,
    string Locale,
    DateTimeOffset QueuedAt,
    DateTimeOffset? TakenAt,
    string? Agent,
    string? AgentDisplayName,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    Guid? CallbackTaskId,
    DateTimeOffset? LastCustomerMessageAt,
    string? Detail);
