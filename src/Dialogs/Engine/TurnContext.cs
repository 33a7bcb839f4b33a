using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Dialogs.Engine;

/// <summary>
/// One turn: the normalised incoming activity, which conversation it belongs to, the locale to answer in,
/// and the replies the handler produced. Replies only need their content (type, text, attachments,
/// suggested actions); the adapter fills in from, recipient, conversation, replyToId, ids and timestamps.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _outgoing = [];

    public TurnContext(Activity activity, ConversationRef conversation, string locale)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        Activity = activity;
        Conversation = conversation;
        Locale = locale;
    }

    /// <summary>The incoming activity, after the channel adapter normalised it (ids, from, channelId set).</summary>
    public Activity Activity { get; }

    /// <summary>The conversation the activity belongs to.</summary>
    public ConversationRef Conversation { get; }

    /// <summary>The locale to answer in: a supported BCP-47 tag such as "zh-CN" or "en-US".</summary>
    public string Locale { get; }

    /// <summary>The customer's id on the channel (the incoming activity's from.id).</summary>
    public string? UserId => Activity.From?.Id;

    /// <summary>The replies collected so far, in the order they will be delivered.</summary>
    public IReadOnlyList<Activity> Outgoing => _outgoing;

    /// <summary>Queues <paramref name="activity"/> to be delivered after the turn.</summary>
    public void Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _outgoing.Add(activity);
    }

    /// <summary>Queues a plain-text message and returns it, so buttons or attachments can be added.</summary>
    public Activity SendMessage(string text)
    {
        var message = Activity.CreateMessage(text);
        Send(message);
        return message;
    }
}
