namespace AfterSalesBot.Domain.Conversations;

/// <summary>The result of a turn commit.</summary>
/// <param name="InboundSequence">The inbound entry's sequence (for a duplicate: the first delivery's sequence).</param>
/// <param name="OutboundSequences">The sequences of the outbound activities, in order (empty unless committed).</param>
/// <param name="NewETag">The state's ETag after the commit (null when the state was not written).</param>
public sealed record TurnCommitResult(
    TurnCommitOutcome Outcome,
    long? InboundSequence,
    IReadOnlyList<long> OutboundSequences,
    string? NewETag);
