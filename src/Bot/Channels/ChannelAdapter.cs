using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Domain.Conversations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// The one bot core behind every channel. A channel endpoint authenticates and normalises an incoming
/// activity, then hands it here: the turn runs, and the incoming activity and the replies are recorded in one
/// transaction (ADR 0002). A redelivered channel activity id is recognised at that commit and nothing is
/// delivered twice. Delivery is the channel's business: Direct Line reads the transcript, Bot Framework
/// channels post or return the replies.
/// </summary>
public sealed partial class ChannelAdapter(
    ITurnStore turns,
    ITranscriptStore transcript,
    IConversationStore conversations,
    ITurnHandlerSource handlers,
    ConversationSignals signals,
    KnownConversations known,
    TimeProvider time,
    IOptions<ChannelsOptions> options,
    ILogger<ChannelAdapter> logger)
{
    /// <summary>Runs the turn for <paramref name="activity"/> and records it with its replies.</summary>
    /// <param name="conversation">The conversation, already checked by the channel.</param>
    /// <param name="activity">The normalised incoming activity; an id is assigned here when the channel gave none.</param>
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
        activity.Id ??= TranscriptActivityIds.NewInboundId(conversation);
        var locale = await ResolveLocaleAsync(conversation, activity, cancellationToken);
        if (activity.IsType(ActivityTypes.Message))
        {
            // Web Chat shows "typing…" while the turn runs; typing is ephemeral, never stored. No replyToId: Web Chat
            // would hold it back until the echo arrives, and the indicator is only useful straight away.
            var typing = CompleteReply(Activity.CreateTyping(), activity, locale);
            typing.ReplyToId = null;
            signals.PublishEphemeral(conversation, typing);
        }

        var turn = new TurnContext(activity, conversation, locale)
        {
            Inbound = new InboundActivity(ActivityJson.Serialize(activity), channelActivityId),
            AddressReply = reply => CompleteReply(reply, activity, locale),
        };
        try
        {
            await handlers.Current.OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing is recorded, so the channel's retry (or Web Chat's "Retry") runs the turn again.
            LogTurnFailed(exception, conversation, activity.Id);
            return new TurnOutcome(0, activity.Id, IsDuplicate: false, Failed: true, []);
        }

        var stored = turn.Outgoing.Where(reply => !reply.IsType(ActivityTypes.Typing)).ToList();
        var result = turn.Commit ?? await turns.CommitTurnAsync(
            TurnCommit.ActivitiesOnly(conversation, turn.Inbound, [.. stored.Select(ActivityJson.Serialize)]),
            cancellationToken);
        if (result.Outcome == TurnCommitOutcome.DuplicateInbound)
        {
            LogRedelivery(conversation, channelActivityId);
            var firstId = await FirstDeliveryIdAsync(conversation, result.InboundSequence, cancellationToken) ?? activity.Id;
            return new TurnOutcome(result.InboundSequence ?? 0, firstId, IsDuplicate: true, Failed: false, []);
        }

        var replies = new List<RecordedActivity>(turn.Outgoing.Count);
        var sequences = result.OutboundSequences;
        var next = 0;
        foreach (var reply in turn.Outgoing)
        {
            if (reply.IsType(ActivityTypes.Typing))
            {
                signals.PublishEphemeral(conversation, reply);
                replies.Add(new RecordedActivity(0, reply));
            }
            else
            {
                replies.Add(new RecordedActivity(next < sequences.Count ? sequences[next++] : 0, reply));
            }
        }

        signals.TranscriptChanged(conversation);
        return new TurnOutcome(result.InboundSequence ?? 0, activity.Id, IsDuplicate: false, Failed: false, replies);
    }

    /// <summary>The id the first delivery of a redelivered activity was recorded with (Direct Line answers it again).</summary>
    private async Task<string?> FirstDeliveryIdAsync(ConversationRef conversation, long? sequence, CancellationToken cancellationToken)
    {
        if (sequence is not { } first)
        {
            return null;
        }

        var entries = await transcript.ReadAfterAsync(conversation, first - 1, 1, cancellationToken);
        return entries.Count == 1 ? ActivityJson.Deserialize(entries[0].ActivityJson).Id : null;
    }

    private async Task<string> ResolveLocaleAsync(ConversationRef conversation, Activity activity, CancellationToken cancellationToken)
    {
        var fromActivity = SupportedLocales.Match(activity.Locale);
        var userId = activity.From?.Id;
        if (!known.TryGet(conversation, out var info))
        {
            info = await conversations.GetConversationAsync(conversation, cancellationToken);
        }

        if (info is null
            || (fromActivity is not null && fromActivity != info.Locale)
            || (activity.ServiceUrl is not null && activity.ServiceUrl != info.ServiceUrl)
            || (userId is not null && info.UserId is null))
        {
            info = await conversations.UpsertConversationAsync(
                conversation, fromActivity, activity.ServiceUrl, userId, cancellationToken);
        }

        known.Remember(info);
        return fromActivity ?? SupportedLocales.Match(info.Locale) ?? options.Value.DefaultLocale;
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
