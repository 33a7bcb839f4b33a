using System.Globalization;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// Ids for activities that did not bring one from their channel (our Direct Line, the bot's replies):
/// <c>{conversationId}|{sequence:0000000}</c> like the real Direct Line, derived from the transcript sequence,
/// so every instance gives the same activity the same id without storing it twice.
/// </summary>
public static class TranscriptActivityIds
{
    public static string For(ConversationRef conversation, long sequence)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return string.Create(CultureInfo.InvariantCulture, $"{conversation.ConversationId}|{sequence:D7}");
    }
}
