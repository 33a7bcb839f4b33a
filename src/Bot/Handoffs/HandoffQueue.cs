using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Handoffs;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>
/// Places hand-offs: queued when an agent is on duty (console heartbeat within <see cref="HandoffOptions.PresenceTimeout"/>,
/// read from the database, so every instance agrees) and the estimated wait is within <see cref="HandoffOptions.MaxWait"/>;
/// otherwise a call-back task (source "handoff", due after <see cref="HandoffOptions.CallbackDueAfter"/>) replaces it.
/// </summary>
public sealed class HandoffQueue(
    IHandoffStore store, ICallbackTaskStore callbacks, HandoffInitiateEmitter initiate, IOptions<HandoffOptions> options, TimeProvider time) : IHandoffQueue
{
    private HandoffOptions Settings => options.Value;

    public async Task<HandoffPlacement> PlaceAsync(NewHandoff request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var handoff = await store.EnqueueAsync(request, now, cancellationToken).ConfigureAwait(false);
        if (handoff.Status != HandoffStatuses.Queued)
        {
            return new HandoffPlacement(handoff, 0, TimeSpan.Zero, null);
        }

        var place = await PositionAsync(handoff.Id, cancellationToken).ConfigureAwait(false);
        if (place is null)
        {
            // Taken (or closed) between the insert and now.
            return new HandoffPlacement((await store.GetAsync(handoff.Id, cancellationToken).ConfigureAwait(false))!, 0, TimeSpan.Zero, null);
        }

        // With an external contact centre, its agents count as on duty: the hub decides, and says so with handoff.status.
        if (await initiate.EmitAsync(handoff, request.TriggeringActivity, cancellationToken).ConfigureAwait(false))
        {
            return place;
        }

        var agents = await AgentsOnDutyAsync(now, cancellationToken).ConfigureAwait(false);
        return agents == 0 || place.EstimatedWait > Settings.MaxWait
            ? await ToCallbackAsync(handoff, "system", cancellationToken).ConfigureAwait(false) ?? place
            : place;
    }

    public async Task<HandoffPlacement?> PositionAsync(Guid handoffId, CancellationToken cancellationToken)
    {
        var position = await store.QueuePositionAsync(handoffId, cancellationToken).ConfigureAwait(false);
        if (position is not { } p)
        {
            return null;
        }

        var handoff = await store.GetAsync(handoffId, cancellationToken).ConfigureAwait(false);
        var agents = await AgentsOnDutyAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return handoff is null ? null : new HandoffPlacement(handoff, p, QueueEstimate.Wait(p, agents, Settings.AverageHandlingTime), null);
    }

    /// <summary>
    /// Closes a queued hand-off as a call-back and creates the task (idempotent by the hand-off id). Null when the
    /// hand-off was taken meanwhile: the agent won, and the task just created is cancelled again.
    /// </summary>
    public async Task<HandoffPlacement?> ToCallbackAsync(Handoff handoff, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var now = time.GetUtcNow();
        var task = await callbacks.CreateAsync(
            new NewCallbackTask(
                CallbackSources.Handoff,
                handoff.Detail is null ? handoff.Reason : $"{handoff.Reason}: {handoff.Detail}",
                handoff.Conversation,
                ResponseId: null,
                TicketNumber: null,
                CustomerId: null,
                Contact: null,
                handoff.Locale,
                now + Settings.CallbackDueAfter,
                $"handoff:{handoff.Id:N}"),
            now,
            cancellationToken).ConfigureAwait(false);
        if (!await store.CloseAsync(handoff.Id, HandoffStatuses.Queued, HandoffStatuses.Callback, by, now, task.Id, cancellationToken).ConfigureAwait(false))
        {
            await callbacks.CloseAsync(task.Id, CallbackStatuses.Cancelled, "an agent took the conversation", null, by, now, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var closed = await store.GetAsync(handoff.Id, cancellationToken).ConfigureAwait(false);
        return new HandoffPlacement(closed!, 0, TimeSpan.Zero, task.DueAt);
    }

    public Task<int> AgentsOnDutyAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        store.CountAgentsOnDutyAsync(now - Settings.PresenceTimeout, cancellationToken);
}
