using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Channels.BotFramework;
using AfterSalesBot.Bot.Channels.DirectLine;
using AfterSalesBot.Bot.Channels.Proactive;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>
/// For an external contact centre behind Azure Bot Service (<see cref="HandoffOptions.EmitHandoffInitiate"/>): posts the
/// Bot Framework <c>handoff.initiate</c> event (protocol.md §6) for a queued hand-off on a Bot Framework channel, with
/// the transcript attached inline and the reason as routing context. The hub answers with <c>handoff.status</c>
/// events, which the turn handler takes. Direct Line conversations have no hub and get none.
/// </summary>
public sealed partial class HandoffInitiateEmitter(
    IConversationStore conversations,
    ITranscriptStore transcript,
    IProactiveMessenger messenger,
    IOptions<HandoffOptions> options,
    ILogger<HandoffInitiateEmitter> logger)
{
    public const string EventName = "handoff.initiate";
    private const int MaxTranscriptActivities = 500;

    /// <summary>Sends the event when configured and the channel has a hub; returns whether it was sent.</summary>
    /// <param name="pendingActivity">The triggering activity when it is not in the transcript yet (wire JSON), appended last.</param>
    public async Task<bool> EmitAsync(Handoff handoff, string? pendingActivity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        if (!options.Value.EmitHandoffInitiate || handoff.Conversation.ChannelId == DirectLineEndpoints.ChannelId)
        {
            return false;
        }

        var info = await conversations.GetConversationAsync(handoff.Conversation, cancellationToken).ConfigureAwait(false);
        if (info is null || string.IsNullOrEmpty(info.ServiceUrl))
        {
            return false;
        }

        var entries = await transcript.ReadAfterAsync(handoff.Conversation, 0, MaxTranscriptActivities, cancellationToken).ConfigureAwait(false);
        var activities = new JsonArray([.. entries.Select(e => JsonNode.Parse(e.ActivityJson))]);
        if (pendingActivity is not null)
        {
            activities.Add(JsonNode.Parse(pendingActivity));
        }

        var initiate = new Activity
        {
            Type = ActivityTypes.Event,
            Name = EventName,
            From = info.UserId is { } user ? new ChannelAccount { Id = user, Role = RoleTypes.User } : null,
            Value = new JsonObject { ["reason"] = handoff.Reason, ["detail"] = handoff.Detail, ["handoffId"] = handoff.Id.ToString("D") },
            Attachments = [new Attachment { ContentType = "application/json", Name = "Transcript", Content = new JsonObject { ["activities"] = activities } }],
        };
        try
        {
            await messenger.SendAsync(handoff.Conversation, initiate, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConnectorException exception)
        {
            // The queue keeps the customer either way: our own agents see them on the console.
            LogEmitFailed(exception, handoff.Id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "handoff.initiate for hand-off {HandoffId} could not be delivered; the conversation stays in our own queue")]
    private partial void LogEmitFailed(Exception exception, Guid handoffId);
}
