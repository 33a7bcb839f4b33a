namespace AfterSalesBot.Domain.Conversations;

/// <summary>Identifies one conversation on one channel. Ids are opaque strings from the channel.</summary>
public sealed record ConversationRef(string ChannelId, string ConversationId)
{
    public override string ToString() => $"{ChannelId}:{ConversationId}";
}
