namespace AfterSalesBot.Domain.Conversations;

/// <summary>
/// The append-only transcript of every conversation: the source of truth for what was said,
/// for Direct Line watermarks, and for rebuilding progress.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>
    /// Appends an activity. When <paramref name="channelActivityId"/> is already present in the
    /// conversation, nothing is written and the existing entry's sequence is returned with IsDuplicate.
    /// Creates the conversation row if it does not exist yet.
    /// </summary>
    Task<TranscriptAppendResult> AppendAsync(
        ConversationRef conversation,
        TranscriptDirection direction,
        string activityJson,
        string? channelActivityId,
        CancellationToken cancellationToken);

    /// <summary>Entries with a sequence greater than <paramref name="afterSequence"/>, in order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(
        ConversationRef conversation,
        long afterSequence,
        int limit,
        CancellationToken cancellationToken);
}
