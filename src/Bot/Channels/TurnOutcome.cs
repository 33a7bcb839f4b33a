namespace AfterSalesBot.Bot.Channels;

/// <summary>What happened to one incoming activity.</summary>
/// <param name="InboundSequence">Where the incoming activity sits in the transcript (for a redelivery: where it was stored first).</param>
/// <param name="InboundId">The id the incoming activity carries (channel-assigned, or derived from the sequence).</param>
/// <param name="IsDuplicate">The channel redelivered an activity already recorded; the turn did not run again.</param>
/// <param name="Failed">The turn handler threw; the incoming activity is recorded, no replies were produced.</param>
/// <param name="Replies">The replies, completed (from, recipient, conversation, replyToId) and recorded, in order.</param>
public sealed record TurnOutcome(
    long InboundSequence,
    string InboundId,
    bool IsDuplicate,
    bool Failed,
    IReadOnlyList<RecordedActivity> Replies);
