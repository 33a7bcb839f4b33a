namespace AfterSalesBot.Domain.Conversations;

/// <summary>The outcome of appending to a transcript.</summary>
/// <param name="Sequence">The entry's sequence number (for a duplicate: the sequence of the entry stored first).</param>
/// <param name="IsDuplicate">True when the channel activity id was already in the transcript: a redelivery, not a new turn.</param>
public sealed record TranscriptAppendResult(long Sequence, bool IsDuplicate);
