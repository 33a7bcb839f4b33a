using System.Collections.Concurrent;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// What this instance last wrote or read about each conversation (locale, serviceUrl, user), so a turn whose
/// activity changes nothing skips the conversation read. Bounded: when full it is simply emptied. Another
/// instance changing a conversation's locale is only seen here when this instance's activity names a locale
/// itself (channels send it on every message), or after the entry falls out.
/// </summary>
public sealed class KnownConversations
{
    private const int Capacity = 50_000;

    private readonly ConcurrentDictionary<ConversationRef, ConversationInfo> _known = new();

    public bool TryGet(ConversationRef conversation, out ConversationInfo info) => _known.TryGetValue(conversation, out info!);

    public void Remember(ConversationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }

        _known[info.Conversation] = info;
    }
}
