using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework bot endpoint that Azure Bot Service (and the Emulator) calls.
/// Bad input is 400/413 and an authentication failure is 401, both before anything is recorded. Replies go
/// back in the response for <c>deliveryMode: expectReplies</c>, otherwise through the Connector.
/// </summary>
public static partial class BotFrameworkEndpoint
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        ChannelRequestAuthenticator authenticator,
        ServiceUrlAllowList allowList,
        ChannelAdapter adapter,
        ConnectorClient connector,
        IOptions<ChannelsOptions> channels,
        ILogger<ChannelAdapter> logger,
        CancellationToken cancellationToken)
    {
        var (activity, error) = await ActivityRequestReader.ReadAsync(request, channels.Value.MaxActivityBytes, cancellationToken);
        if (activity is null)
        {
            return error!;
        }

        if (Incomplete(activity) is { } missing)
        {
            return ChannelError.Result(StatusCodes.Status400BadRequest, "BadArgument", missing);
        }

        var authentication = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            LogRefused(logger, authentication.Failure!);
            return ChannelError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authorised.");
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (!expectReplies && !allowList.IsAllowed(activity.ServiceUrl))
        {
            LogServiceUrlRefused(logger, activity.ServiceUrl);
            return ChannelError.Result(StatusCodes.Status403Forbidden, "ServiceUrlNotAllowed", "The bot does not reply to this serviceUrl.");
        }

        if (activity.IsType(ActivityTypes.Typing))
        {
            return expectReplies ? ExpectedReplies([]) : Results.Ok();
        }

        var conversation = new ConversationRef(activity.ChannelId!, activity.Conversation!.Id!);
        var outcome = await adapter.ProcessAsync(conversation, activity, activity.Id, cancellationToken);
        if (outcome.Failed)
        {
            return ChannelError.Result(StatusCodes.Status500InternalServerError, "ServiceError", "The bot failed to handle the activity.");
        }

        var replies = outcome.Replies.Where(reply => !reply.Activity.IsType(ActivityTypes.Typing) || !expectReplies).ToList();
        if (expectReplies)
        {
            return ExpectedReplies([.. replies.Select(reply => reply.Activity)]);
        }

        foreach (var reply in replies)
        {
            try
            {
                await connector.SendAsync(reply.Activity, cancellationToken);
            }
            catch (ConnectorException exception)
            {
                LogDeliveryFailed(logger, exception, conversation);
                return ChannelError.Result(StatusCodes.Status502BadGateway, "ServiceError", "A reply could not be delivered to the channel.");
            }
        }

        // Invoke results travel in the HTTP response; this bot sets none, which the SDK reports as 501.
        return activity.IsType(ActivityTypes.Invoke) ? Results.StatusCode(StatusCodes.Status501NotImplemented) : Results.Ok();
    }

    private static string? Incomplete(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation.id.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no channelId.";
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        return !expectReplies && string.IsNullOrWhiteSpace(activity.ServiceUrl) ? "The activity has no serviceUrl." : null;
    }

    private static IResult ExpectedReplies(List<Activity> activities) =>
        Results.Json(new ExpectedRepliesResponse(activities), ChannelJson.Options);

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages refused serviceUrl {ServiceUrl}: not in BotFramework:AllowedServiceUrls")]
    private static partial void LogServiceUrlRefused(ILogger logger, string? serviceUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "Replies in {Conversation} could not be delivered through the Connector")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, ConversationRef conversation);
}
