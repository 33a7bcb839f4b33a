using AfterSalesBot.Domain.Handoffs;

namespace AfterSalesBot.Dialogs.Tests.Handoffs;

/// <summary>
/// The queue as the dialog sees it, over the real store: queued while <see cref="AgentsOnDuty"/> is above zero,
/// otherwise closed at once as a call-back due 24 h later (the host's queue also creates the call-back task; that
/// is tested with the host).
/// </summary>
public sealed class QueueWithAgents(IHandoffStore store, TimeProvider clock) : IHandoffQueue
{
    public int AgentsOnDuty { get; set; } = 1;

    public async Task<HandoffPlacement> PlaceAsync(NewHandoff request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var handoff = await store.EnqueueAsync(request, now, cancellationToken);
        if (AgentsOnDuty == 0 && handoff.Status == HandoffStatuses.Queued)
        {
            return (await ToCallbackAsync(handoff, "system", cancellationToken))!;
        }

        return await PositionAsync(handoff.Id, cancellationToken) ?? new HandoffPlacement(handoff, 0, TimeSpan.Zero, null);
    }

    public async Task<HandoffPlacement?> PositionAsync(Guid handoffId, CancellationToken cancellationToken)
    {
        var position = await store.QueuePositionAsync(handoffId, cancellationToken);
        return position is { } p
            ? new HandoffPlacement((await store.GetAsync(handoffId, cancellationToken))!, p, QueueEstimate.Wait(p, AgentsOnDuty, TimeSpan.FromMinutes(4)), null)
            : null;
    }

    public async Task<HandoffPlacement?> ToCallbackAsync(Handoff handoff, string by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await store.CloseAsync(handoff.Id, HandoffStatuses.Queued, HandoffStatuses.Callback, by, now, Guid.NewGuid(), cancellationToken)
            ? new HandoffPlacement((await store.GetAsync(handoff.Id, cancellationToken))!, 0, TimeSpan.Zero, now.AddHours(24))
            : null;
    }
}
