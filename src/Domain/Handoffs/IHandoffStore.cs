using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Handoffs;

/// <summary>
/// The durable hand-off queue. Every state change is a conditional UPDATE (from the status it expects), so two
/// agents or two instances racing for the same conversation see exactly one winner; every change also bumps a
/// change counter (<see cref="ChangeVersionAsync"/>) that other instances poll to refresh their consoles.
/// </summary>
public interface IHandoffStore
{
    /// <summary>
    /// Queues the conversation; when it already has an open hand-off, returns that one instead (never a second).
    /// A request with an id already stored returns the stored hand-off.
    /// </summary>
    Task<Handoff> EnqueueAsync(NewHandoff request, DateTimeOffset now, CancellationToken cancellationToken);

    Task<Handoff?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The conversation's queued or active hand-off, or null.</summary>
    Task<Handoff?> FindOpenAsync(ConversationRef conversation, CancellationToken cancellationToken);

    /// <summary>Hand-offs with the status (all statuses when null), queued ones oldest first, others newest first.</summary>
    Task<IReadOnlyList<Handoff>> ListAsync(string? status, int limit, CancellationToken cancellationToken);

    /// <summary>1 for the oldest queued hand-off; null when <paramref name="id"/> is not queued.</summary>
    Task<int?> QueuePositionAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Queued → active for <paramref name="agent"/>; false when it was not queued any more (someone else won).</summary>
    Task<bool> TakeAsync(Guid id, string agent, string agentDisplayName, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Moves an open hand-off from <paramref name="expectedStatus"/> to the final <paramref name="newStatus"/>; false when
    /// it was not in the expected status (already closed, or taken meanwhile).
    /// </summary>
    Task<bool> CloseAsync(Guid id, string expectedStatus, string newStatus, string by, DateTimeOffset now, Guid? callbackTaskId, CancellationToken cancellationToken);

    /// <summary>Records that the customer wrote while the hand-off is open (the consoles refresh on the change counter).</summary>
    Task TouchAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Queued hand-offs waiting since before <paramref name="queuedBefore"/>, oldest first.</summary>
    Task<IReadOnlyList<Handoff>> ListQueuedBeforeAsync(DateTimeOffset queuedBefore, int limit, CancellationToken cancellationToken);

    /// <summary>Records that an agent has the console open (a heartbeat); agents on duty are those seen recently.</summary>
    Task HeartbeatAsync(string agent, string displayName, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes the agent's presence (signed out, console closed).</summary>
    Task LeaveAsync(string agent, CancellationToken cancellationToken);

    /// <summary>How many agents sent a heartbeat at or after <paramref name="since"/>.</summary>
    Task<int> CountAgentsOnDutyAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>A number that grows with every change to the queue or to an open hand-off (polled by every instance).</summary>
    Task<long> ChangeVersionAsync(CancellationToken cancellationToken);

    /// <summary>The answers of the conversation's latest survey response, in answer order, with the machine's tags on comments.</summary>
    Task<IReadOnlyList<HandoffAnswer>> ReadLatestAnswersAsync(ConversationRef conversation, CancellationToken cancellationToken);
}
