using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Domain.Conversations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// The one bot core behind every channel. A channel endpoint authenticates and normalises an incoming
/// activity, then hands it here: it is recorded in the transcript (a redelivered channel activity id is
/// recognised and not run again), the turn runs, and the replies are completed and recorded. Delivery is the
/// channel's business: Direct Line reads the transcript, Bot Framework channels post or return the replies.
/// </summary>
public sealed partial class ChannelAdapter(
    ITranscriptStore transcript,
    IConversationStore conversations,
    ITurnHandlerSource handlers,
    ConversationSignals signals,
    TimeProvider time,
    IOptions<ChannelsOptions> options,
    ILogger<ChannelAdapter> logger)
{
    /// <summary>Records <paramref name="activity"/>, runs the turn and records the replies.</summary>
    /// <param name="conversation">The conversation, already checked by the channel.</param>
    /// <param name="activity">The normalised incoming activity; its id is assigned here when the channel gave none.</param>
    /// <param name="channelActivityId">The channel's id for redelivery detection, or null when the channel has none.</param>
    public async Task<TurnOutcome> ProcessAsync(
        ConversationRef conversation,
        Activity activity,
        string? channelActivityId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Timestamp ??= time.GetUtcNow();
        var locale = await ResolveLocaleAsync(conversation, activity, cancellationToken);

        var appended = await transcript.AppendAsync(
            conversation, TranscriptDirection.Inbound, ActivityJson.Serialize(activity), channelActivityId, cancellationToken);
        activity.Id ??= TranscriptActivityIds.For(conversation, appended.Sequence);
        if (appended.IsDuplicate)
        {
            LogRedelivery(conversation, channelActivityId);
            return new TurnOutcome(appended.Sequence, activity.Id, IsDuplicate: true, Failed: false, []);
        }

        signals.TranscriptChanged(conversation);
        if (activity.IsType(ActivityTypes.Message))
        {
            // Web Chat shows "typing…" while the turn runs; typing is ephemeral, never stored. No replyToId: Web Chat
            // would hold it back until the echo arrives, and the indicator is only useful straight away.
            var typing = CompleteReply(Activity.CreateTyping(), activity, locale);
            typing.ReplyToId = null;
            signals.PublishEphemeral(conversation, typing);
        }

        var turn = new TurnContext(activity, conversation, locale);
        try
        {
            await handlers.Current.OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogTurnFailed(exception, conversation, activity.Id);
            return new TurnOutcome(appended.Sequence, activity.Id, IsDuplicate: false, Failed: true, []);
        }

        var replies = new List<RecordedActivity>(turn.Outgoing.Count);
        foreach (var outgoing in turn.Outgoing)
        {
            var reply = CompleteReply(outgoing, activity, locale);
            if (reply.IsType(ActivityTypes.Typing))
            {
                signals.PublishEphemeral(conversation, reply);
                replies.Add(new RecordedActivity(0, reply));
                continue;
            }

            var stored = await transcript.AppendAsync(
                conversation, TranscriptDirection.Outbound, ActivityJson.Serialize(reply), null, cancellationToken);
            replies.Add(new RecordedActivity(stored.Sequence, reply));
        }

        if (replies.Count > 0)
        {
            signals.TranscriptChanged(conversation);
        }

        return new TurnOutcome(appended.Sequence, activity.Id, IsDuplicate: false, Failed: false, replies);
    }

    private async Task<string> ResolveLocaleAsync(ConversationRef conversation, Activity activity, CancellationToken cancellationToken)
    {
        var fromActivity = SupportedLocales.Match(activity.Locale);
        var known = await conversations.GetConversationAsync(conversation, cancellationToken);
        var userId = activity.From?.Id;
        if (known is null
            || (fromActivity is not null && fromActivity != known.Locale)
            || (activity.ServiceUrl is not null && activity.ServiceUrl != known.ServiceUrl)
            || (userId is not null && known.UserId is null))
        {
            known = await conversations.UpsertConversationAsync(
                conversation, fromActivity, activity.ServiceUrl, userId, cancellationToken);
        }

        return fromActivity ?? SupportedLocales.Match(known.Locale) ?? options.Value.DefaultLocale;
    }

    /// <summary>Addresses a reply the way a Bot Framework SDK does: back to the sender, in the same conversation.</summary>
    private Activity CompleteReply(Activity reply, Activity incoming, string locale)
    {
        reply.ChannelId = incoming.ChannelId;
        reply.ServiceUrl ??= incoming.ServiceUrl;
        reply.Conversation ??= new ConversationAccount
        {
            Id = incoming.Conversation?.Id,
            IsGroup = incoming.Conversation?.IsGroup,
            ConversationType = incoming.Conversation?.ConversationType,
            TenantId = incoming.Conversation?.TenantId,
        };
        reply.From ??= incoming.Recipient is { } bot
            ? new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = RoleTypes.Bot }
            : new ChannelAccount { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };
        reply.Recipient ??= incoming.From is { } user
            ? new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId, Role = RoleTypes.User }
            : null;
        reply.ReplyToId ??= incoming.Id;
        reply.Locale ??= locale;
        reply.Timestamp ??= time.GetUtcNow();
        return reply;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redelivered activity {ChannelActivityId} in {Conversation} recognised; the turn is not run again")]
    private partial void LogRedelivery(ConversationRef conversation, string? channelActivityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The turn for activity {ActivityId} in {Conversation} failed")]
    private partial void LogTurnFailed(Exception exception, ConversationRef conversation, string activityId);
}
