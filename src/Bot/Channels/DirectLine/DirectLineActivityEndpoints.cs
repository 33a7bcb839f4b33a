using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET/POST /v3/directline/conversations/{id}/activities</c>: polling by watermark, and sending.
/// </summary>
public static partial class DirectLineActivityEndpoints
{
    /// <summary>
    /// Polling. Never a 5xx: one failed poll makes DirectLineJS stop polling for good while Web Chat still shows
    /// "connected", so a storage hiccup answers "nothing new" with the old watermark and is logged instead.
    /// </summary>
    public static async Task<IResult> GetActivitiesAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthorization authorization,
        IConversationStore conversations,
        DirectLineTranscriptReader reader,
        ILogger<DirectLineTranscriptReader> logger,
        CancellationToken cancellationToken)
    {
        var caller = await authorization.FromHeaderAsync(request);
        if (caller is null || !caller.MayUse(conversationId))
        {
            return DirectLineEndpoints.Refused(request);
        }

        var from = DirectLineTranscriptReader.ParseWatermark(watermark);
        try
        {
            var conversation = DirectLineEndpoints.Conversation(conversationId);
            if (await conversations.GetConversationAsync(conversation, cancellationToken) is null)
            {
                return ChannelError.Result(StatusCodes.Status404NotFound, "NotFound", "No such conversation.");
            }

            var (activities, next) = await reader.ReadAfterAsync(conversation, from, cancellationToken);
            return Results.Json(new ActivitySet(activities, DirectLineTranscriptReader.FormatWatermark(next)), ChannelJson.Options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPollFailed(logger, exception, conversationId);
            return Results.Json(new ActivitySet([], DirectLineTranscriptReader.FormatWatermark(from)), ChannelJson.Options);
        }
    }

    /// <summary>
    /// Sending. The turn runs and the activity is recorded with its replies (that record is the echo the client
    /// waits for, ahead of the replies); the answer is 200 <c>{"id"}</c>. <c>from</c> is forced to the token's user,
    /// whatever the body claims. If the bot fails nothing is recorded and the answer is 500: Web Chat offers "Retry".
    /// </summary>
    public static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpRequest request,
        DirectLineAuthorization authorization,
        IConversationStore conversations,
        ChannelAdapter adapter,
        ConversationSignals signals,
        IOptions<ChannelsOptions> channels,
        CancellationToken cancellationToken)
    {
        var caller = await authorization.FromHeaderAsync(request);
        if (caller is null || !caller.MayUse(conversationId))
        {
            return DirectLineEndpoints.Refused(request);
        }

        var (activity, error) = await ActivityRequestReader.ReadAsync(request, channels.Value.MaxActivityBytes, cancellationToken);
        if (activity is null)
        {
            return error!;
        }

        var conversation = DirectLineEndpoints.Conversation(conversationId);
        var known = await conversations.GetConversationAsync(conversation, cancellationToken);
        if (known is null)
        {
            return ChannelError.Result(StatusCodes.Status404NotFound, "NotFound", "No such conversation; start it first.");
        }

        var userId = caller.Token?.UserId ?? activity.From?.Id ?? known.UserId;
        if (string.IsNullOrWhiteSpace(userId))
        {
            return ChannelError.Result(StatusCodes.Status400BadRequest, "BadArgument", "The activity names no sender.");
        }

        Normalise(activity, conversationId, userId, DirectLineUrls.ServiceUrl(request), channels.Value);
        if (activity.IsType(ActivityTypes.Typing))
        {
            // The customer's typing goes to other listeners only; it is not a turn and not worth a row.
            signals.PublishEphemeral(conversation, activity);
            return Results.Json(new ResourceResponse(TranscriptActivityIds.For(conversation, 0)), ChannelJson.Options);
        }

        // Web Chat resends a failed message with the same clientActivityID: recognise it instead of answering twice.
        var outcome = await adapter.ProcessAsync(conversation, activity, activity.ClientActivityId, cancellationToken);
        return outcome.Failed
            ? ChannelError.Result(StatusCodes.Status500InternalServerError, "ServiceError", "The bot failed to handle the activity; send it again.")
            : Results.Json(new ResourceResponse(outcome.InboundId), ChannelJson.Options);
    }

    private static void Normalise(Activity activity, string conversationId, string userId, string serviceUrl, ChannelsOptions channels)
    {
        activity.Id = null;
        activity.Timestamp = null;
        activity.ChannelId = DirectLineEndpoints.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From = new ChannelAccount { Id = userId, Name = activity.From?.Name, Role = RoleTypes.User };
        activity.Recipient = new ChannelAccount { Id = channels.BotId, Name = channels.BotName, Role = RoleTypes.Bot };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line poll of {ConversationId} failed; answered 'nothing new' so the client keeps polling")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string conversationId);
}
