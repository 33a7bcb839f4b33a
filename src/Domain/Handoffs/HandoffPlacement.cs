namespace AfterSalesBot.Domain.Handoffs;

/// <summary>What became of a hand-off request: queued (with position and wait), or a call-back instead.</summary>
/// <param name="Position">1 = next to be taken (queued only).</param>
/// <param name="EstimatedWait">The wait the customer is told (queued only).</param>
/// <param name="CallbackDueAt">When the call-back is due (call-back only).</param>
public sealed record HandoffPlacement(Handoff Handoff, int Position, TimeSpan EstimatedWait, DateTimeOffset? CallbackDueAt)
{
    public bool IsQueued => Handoff.Status == HandoffStatuses.Queued;

    public bool IsCallback => Handoff.Status == HandoffStatuses.Callback;
}
