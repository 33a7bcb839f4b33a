namespace AfterSalesBot.Bot.Channels;

/// <summary>What happened to one incoming activity.</summary>
/// <param name="InboundSequence">Where the incoming activity sits in the transcript (for a redelivery: where it was stored first; 0 when not recorded).</param>
/// <param name="InboundId">The id the incoming activity carries (channel-assigned, or assigned by the adapter; for a redelivery the first delivery's).</param>
/// <param name="IsDuplicate">The channel redelivered an activity already recorded; the turn did not run again.</param>
/// <param name="Failed">The turn handler threw; nothing was recorded, so a retry runs the turn again.</param>
/// <param name="Replies">The replies, addressed (from, recipient, conversation, replyToId) and recorded (typing is not), in order.</param>
public sealed record TurnOutcome(
    long InboundSequence,
    string InboundId,
    bool IsDuplicate,
    bool Failed,
    IReadOnlyList<RecordedActivity> Replies);
