using System.Globalization;
using System.Security.Cryptography;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// Ids for activities that did not bring one from their channel, in the real Direct Line's
/// <c>{conversationId}|…</c> shape. Replies are stored without an id and get <c>{conversationId}|{sequence:0000000}</c>
/// when read, so every instance derives the same id. An incoming activity needs its id before the turn (the
/// replies point at it with replyToId) and so before its sequence exists: it gets a random suffix instead.
/// </summary>
public static class TranscriptActivityIds
{
    public static string For(ConversationRef conversation, long sequence)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return string.Create(CultureInfo.InvariantCulture, $"{conversation.ConversationId}|{sequence:D7}");
    }

    public static string NewInboundId(ConversationRef conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return $"{conversation.ConversationId}|u{RandomNumberGenerator.GetHexString(12, lowercase: true)}";
    }
}
