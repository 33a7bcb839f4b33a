using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Dialogs.Engine;

/// <summary>
/// One turn: the normalised incoming activity, which conversation it belongs to, the locale to answer in,
/// and the replies the handler produced. Replies only need their content (type, text, attachments,
/// suggested actions); the adapter fills in from, recipient, conversation, replyToId and timestamps.
/// <para>
/// Recording (ADR 0002, one transaction per turn): the channel adapter records <see cref="Inbound"/> and the
/// replies in one commit after the handler returns. A handler that commits its own state through
/// <c>ITurnStore</c> puts <see cref="Inbound"/> and the serialised <see cref="Outgoing"/> into that same
/// <c>TurnCommit</c> and reports the result with <see cref="MarkCommitted"/>; the adapter then writes nothing.
/// </para>
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

    /// <summary>The incoming activity as it goes into the transcript with this turn's commit (null: nothing to record).</summary>
    public InboundActivity? Inbound { get; init; }

    /// <summary>
    /// Addresses a reply in place (from, recipient, conversation, replyToId, locale, timestamp) and returns it;
    /// set by the channel adapter so <see cref="Outgoing"/> is ready to serialise into a commit.
    /// </summary>
    public Func<Activity, Activity>? AddressReply { get; init; }

    /// <summary>The result of the handler's own commit (see <see cref="MarkCommitted"/>); null when the adapter commits.</summary>
    public TurnCommitResult? Commit { get; private set; }

    /// <summary>The customer's id on the channel (the incoming activity's from.id).</summary>
    public string? UserId => Activity.From?.Id;

    /// <summary>The replies collected so far, in the order they will be delivered.</summary>
    public IReadOnlyList<Activity> Outgoing => _outgoing;

    /// <summary>Queues <paramref name="activity"/> to be delivered after the turn.</summary>
    public void Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _outgoing.Add(AddressReply?.Invoke(activity) ?? activity);
    }

    /// <summary>
    /// Tells the adapter the handler committed <see cref="Inbound"/> and <see cref="Outgoing"/> itself (with its
    /// state, in one transaction). A <see cref="TurnCommitOutcome.DuplicateInbound"/> result means a redelivery:
    /// the adapter delivers nothing.
    /// </summary>
    public void MarkCommitted(TurnCommitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Commit = result;
    }

    /// <summary>Queues a plain-text message and returns it, so buttons or attachments can be added.</summary>
    public Activity SendMessage(string text)
    {
        var message = Activity.CreateMessage(text);
        Send(message);
        return message;
    }
}
