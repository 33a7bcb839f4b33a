using AfterSalesBot.Domain.Handoffs;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>A hand-off in the API (<c>GET /api/handoffs</c> items).</summary>
/// <param name="Position">Place in the queue (1 = next) while queued; null otherwise.</param>
public sealed record HandoffResponse(
    Guid Id,
    string ConversationId,
    string ChannelId,
    string Status,
    string Reason,
    string? Detail,
    string Locale,
    DateTimeOffset QueuedAt,
    DateTimeOffset? TakenAt,
    string? Agent,
    string? AgentDisplayName,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    Guid? CallbackTaskId,
    DateTimeOffset? LastCustomerMessageAt,
    int? Position)
{
    public static HandoffResponse From(Handoff handoff, int? position = null)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return new(
            handoff.Id, handoff.Conversation.ConversationId, handoff.Conversation.ChannelId, handoff.Status, handoff.Reason, handoff.Detail,
            handoff.Locale, handoff.QueuedAt, handoff.TakenAt, handoff.Agent, handoff.AgentDisplayName, handoff.ClosedAt, handoff.ClosedBy,
            handoff.CallbackTaskId, handoff.LastCustomerMessageAt, position);
    }
}
