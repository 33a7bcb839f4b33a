using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Handoffs;

/// <summary>
/// Hands a conversation to a person from outside a customer turn (e.g. a complaint graded at escalation level 2 or
/// more): places it in the queue (or a call-back when nobody can take it) and tells the customer on their channel.
/// Inside a survey turn the engine requests hand-offs itself (the turn handler places them).
/// </summary>
public interface IHandoffRequests
{
    /// <param name="reason">One of <see cref="HandoffReasons"/> (e.g. <see cref="HandoffReasons.ComplaintEscalation"/>).</param>
    /// <param name="detail">Shown to the agent (e.g. "ticket T20260302-0001, level 2"); no personal data.</param>
    Task<HandoffPlacement> RequestAsync(ConversationRef conversation, string reason, string? detail, string locale, CancellationToken cancellationToken);
}
