namespace AfterSalesBot.Domain.Conversations;

/// <summary>One activity in a conversation's durable, ordered transcript.</summary>
/// <param name="Sequence">Position in the conversation, starting at 1, gap-free per conversation.</param>
/// <param name="ActivityJson">The activity exactly as stored (wire JSON).</param>
/// <param name="ChannelActivityId">The id the channel gave the activity, if any; unique per conversation.</param>
public sealed record TranscriptEntry(
    ConversationRef Conversation,
    long Sequence,
    TranscriptDirection Direction,
    string ActivityJson,
    string? ChannelActivityId,
    DateTimeOffset RecordedAt);
