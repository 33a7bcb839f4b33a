namespace AfterSalesBot.Dialogs.Handoffs;

/// <summary>
/// The hand-off part of the state document. The queue itself (queued, with agent, closed) lives in the database
/// (<see cref="Domain.Handoffs.IHandoffStore"/>), which decides whether the bot answers; this records what the
/// survey needs to pick up afterwards.
/// </summary>
public sealed class HandoffState
{
    public HandoffStage Stage { get; set; }

    /// <summary>The hand-off's id once requested (the queue row's id).</summary>
    public Guid? Id { get; set; }

    /// <summary>One of <see cref="Domain.Handoffs.HandoffReasons"/>.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>What the trigger adds for the agent (e.g. "speed=2").</summary>
    public string? Detail { get; set; }

    public DateTimeOffset Since { get; set; }
}
