namespace AfterSalesBot.Domain.Handoffs;

/// <summary>
/// Puts a conversation in the agents' queue, or, when no agent is on duty or the queue is too long, turns the request
/// into a call-back task. Idempotent: a conversation that already has an open hand-off gets that one back.
/// </summary>
public interface IHandoffQueue
{
    Task<HandoffPlacement> PlaceAsync(NewHandoff request, CancellationToken cancellationToken);

    /// <summary>The customer's place in the queue (1 = next) and the wait to tell them; null when the hand-off is not queued.</summary>
    Task<HandoffPlacement?> PositionAsync(Guid handoffId, CancellationToken cancellationToken);

    /// <summary>
    /// Closes a queued hand-off as a call-back (creating the task); null when it was not queued any more (an agent
    /// took it first).
    /// </summary>
    Task<HandoffPlacement?> ToCallbackAsync(Handoff handoff, string by, CancellationToken cancellationToken);
}
