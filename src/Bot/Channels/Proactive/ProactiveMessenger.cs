using AfterSalesBot.Bot.Channels.BotFramework;
using AfterSalesBot.Bot.Channels.DirectLine;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels.Proactive;

/// <summary>
/// The transcript is the delivery queue for Direct Line (clients read it by watermark, any instance), so a proactive
/// message is one transcript append plus a wake-up; Bot Framework channels also get a Connector post, after the
/// append, so a failed post still leaves the message on record.
/// </summary>
public sealed partial class ProactiveMessenger(
    IConversationStore conversations,
    ITranscriptStore transcript,
    ConversationSignals signals,
    ConnectorClient connector,
    TimeProvider time,
    IOptions<ChannelsOptions> options,
    ILogger<ProactiveMessenger> logger) : IProactiveMessenger
{
    public async Task<long> SendAsync(ConversationRef conversation, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        var info = await conversations.GetConversationAsync(conversation, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No conversation {conversation}.");
        Address(activity, info);
        var appended = await transcript.AppendAsync(
            conversation, TranscriptDirection.Outbound, ActivityJson.Serialize(activity), channelActivityId: null, cancellationToken).ConfigureAwait(false);
        signals.TranscriptChanged(conversation);
        if (IsConnectorChannel(info))
        {
            activity.ServiceUrl = info.ServiceUrl;
            await connector.SendAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        LogSent(conversation, activity.Type, appended.Sequence);
        return appended.Sequence;
    }

    public async Task SendTypingAsync(ConversationRef conversation, ChannelAccount? from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var info = await conversations.GetConversationAsync(conversation, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No conversation {conversation}.");
        var typing = Activity.CreateTyping();
        typing.From = from;
        Address(typing, info);
        if (IsConnectorChannel(info))
        {
            typing.ServiceUrl = info.ServiceUrl;
            await connector.SendAsync(typing, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            signals.PublishEphemeral(conversation, typing);
        }
    }

    private void Address(Activity activity, ConversationInfo info)
    {
        var settings = options.Value;
        activity.ChannelId = info.Conversation.ChannelId;
        activity.Conversation ??= new ConversationAccount { Id = info.Conversation.ConversationId };
        activity.From ??= new ChannelAccount { Id = settings.BotId, Name = settings.BotName, Role = RoleTypes.Bot };
        activity.Recipient ??= info.UserId is { } user ? new ChannelAccount { Id = user, Role = RoleTypes.User } : null;
        activity.Locale ??= SupportedLocales.Match(info.Locale) ?? settings.DefaultLocale;
        activity.Timestamp ??= time.GetUtcNow();
    }

    /// <summary>Direct Line conversations are ours (the transcript is the delivery); any other channel with a serviceUrl came through Azure Bot Service.</summary>
    private static bool IsConnectorChannel(ConversationInfo info) =>
        info.Conversation.ChannelId != DirectLineEndpoints.ChannelId && !string.IsNullOrEmpty(info.ServiceUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Proactive {Type} sent into {Conversation} as transcript #{Sequence}")]
    private partial void LogSent(ConversationRef conversation, string? type, long sequence);
}
