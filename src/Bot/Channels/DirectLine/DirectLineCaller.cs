namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>Who is calling: the holder of the secret (any conversation), or a token holder (one conversation, one user).</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token)
{
    /// <summary>True when the caller may act on <paramref name="conversationId"/>.</summary>
    public bool MayUse(string conversationId) => IsSecret || Token?.ConversationId == conversationId;
}
