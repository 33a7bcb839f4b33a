namespace AfterSalesBot.Domain.Handoffs;

/// <summary>
/// Where a hand-off stands. Queued and active are open (at most one open hand-off per conversation); the others are
/// final: released (back to the bot), ended (closed by the agent), cancelled (the customer withdrew while queued),
/// callback (no agent on duty or the wait ran out; a call-back task was created instead).
/// </summary>
public static class HandoffStatuses
{
    public const string Queued = "queued";
    public const string Active = "active";
    public const string Released = "released";
    public const string Ended = "ended";
    public const string Cancelled = "cancelled";
    public const string Callback = "callback";

    /// <summary>Whether the customer is still with the hand-off side (the bot must stay out).</summary>
    public static bool IsOpen(string status) => status is Queued or Active;
}
