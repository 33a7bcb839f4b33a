using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line 3.0 served by the bot itself under <c>/v3/directline</c>: tokens, start, reconnect. Activities
/// and the stream are in <see cref="DirectLineActivityEndpoints"/> and <see cref="DirectLineStream"/>.
/// Status codes follow what DirectLineJS does with them: 403 = expired/wrong token, 404 = conversation ended.
/// </summary>
public static class DirectLineEndpoints
{
    /// <summary>The channel id our Direct Line stamps on activities, as the real service does.</summary>
    public const string ChannelId = "directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DirectLineUrls.BasePath);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.PostActivityAsync);
        group.Map("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
        return endpoints;
    }

    public static ConversationRef Conversation(string conversationId) => new(ChannelId, conversationId);

    /// <summary>401 when no credential came, 403 when it is wrong or expired (DirectLineJS reads 403 as "token expired").</summary>
    public static IResult Refused(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.Count == 0
            ? ChannelError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line secret or token is required.")
            : ChannelError.Result(StatusCodes.Status403Forbidden, "TokenExpired", "The Direct Line token is invalid, expired or not for this conversation.");
    }

    private static async Task<IResult> GenerateAsync(
        HttpRequest request, DirectLineAuthorization authorization, DirectLineTokenService tokens, CancellationToken cancellationToken)
    {
        var caller = await authorization.FromHeaderAsync(request);
        if (caller is not { IsSecret: true })
        {
            return Refused(request);
        }

        var (parameters, error) = await ReadParametersAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var conversationId = DirectLineIds.NewConversationId();
        var userId = string.IsNullOrWhiteSpace(parameters?.User?.Id) ? DirectLineIds.NewUserId() : parameters.User.Id;
        return Results.Json(
            new ConversationResponse(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds, null),
            ChannelJson.Options);
    }

    private static async Task<IResult> RefreshAsync(
        HttpRequest request, DirectLineAuthorization authorization, DirectLineTokenService tokens)
    {
        var caller = await authorization.FromHeaderAsync(request);
        if (caller?.Token is not { } token)
        {
            return Refused(request);
        }

        return Results.Json(
            new ConversationResponse(token.ConversationId, tokens.Issue(token.ConversationId, token.UserId), tokens.LifetimeSeconds, null),
            ChannelJson.Options);
    }

    private static async Task<IResult> StartAsync(
        HttpRequest request,
        DirectLineAuthorization authorization,
        DirectLineTokenService tokens,
        IConversationStore conversations,
        ChannelAdapter adapter,
        IOptions<ChannelsOptions> channels,
        CancellationToken cancellationToken)
    {
        var caller = await authorization.FromHeaderAsync(request);
        if (caller is null)
        {
            return Refused(request);
        }

        var (parameters, error) = await ReadParametersAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        // A token fixes conversation and user; only the secret holder may name a user in the body.
        var conversationId = caller.Token?.ConversationId ?? DirectLineIds.NewConversationId();
        var userId = caller.Token?.UserId
            ?? (string.IsNullOrWhiteSpace(parameters?.User?.Id) ? DirectLineIds.NewUserId() : parameters.User.Id);
        var conversation = Conversation(conversationId);
        var isNew = await conversations.GetConversationAsync(conversation, cancellationToken) is null;
        if (isNew)
        {
            var bot = new ChannelAccount { Id = channels.Value.BotId, Name = channels.Value.BotName, Role = RoleTypes.Bot };
            var user = new ChannelAccount { Id = userId, Name = parameters?.User?.Name, Role = RoleTypes.User };
            var joined = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                ChannelId = ChannelId,
                ServiceUrl = DirectLineUrls.ServiceUrl(request),
                Conversation = new ConversationAccount { Id = conversationId },
                From = user,
                Recipient = bot,
                MembersAdded = [bot, user],
                Locale = parameters?.Locale,
            };

            // A fixed channel id makes a double start (two tabs, a retry) greet once.
            await adapter.ProcessAsync(conversation, joined, "directline:conversation-start", cancellationToken);
        }

        var token = tokens.Issue(conversationId, userId);
        return Results.Json(
            new ConversationResponse(conversationId, token, tokens.LifetimeSeconds, DirectLineUrls.StreamUrl(request, conversationId, token, null)),
            ChannelJson.Options,
            statusCode: isNew ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthorization authorization,
        DirectLineTokenService tokens,
        IConversationStore conversations,
        CancellationToken cancellationToken)
    {
        var caller = await authorization.FromHeaderAsync(request);
        if (caller is null || !caller.MayUse(conversationId))
        {
            return Refused(request);
        }

        var known = await conversations.GetConversationAsync(Conversation(conversationId), cancellationToken);
        if (known is null)
        {
            return ChannelError.Result(StatusCodes.Status404NotFound, "NotFound", "No such conversation.");
        }

        var userId = caller.Token?.UserId ?? known.UserId ?? DirectLineIds.NewUserId();
        var token = tokens.Issue(conversationId, userId);
        long? resumeFrom = string.IsNullOrEmpty(watermark) ? null : DirectLineTranscriptReader.ParseWatermark(watermark);
        return Results.Json(
            new ConversationResponse(conversationId, token, tokens.LifetimeSeconds, DirectLineUrls.StreamUrl(request, conversationId, token, resumeFrom)),
            ChannelJson.Options);
    }

    /// <summary>Reads the optional JSON body of generate/start; an empty body is fine, a malformed one is 400.</summary>
    private static async Task<(ConversationParameters? Parameters, IResult? Error)> ReadParametersAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        const int limit = 16 * 1024;
        if (request.ContentLength > limit)
        {
            return (null, ChannelError.Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body is too large."));
        }

        using var reader = new StreamReader(request.Body);
        var buffer = new char[limit + 1];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (length > limit)
        {
            return (null, ChannelError.Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body is too large."));
        }

        var text = new string(buffer, 0, length);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            return (System.Text.Json.JsonSerializer.Deserialize<ConversationParameters>(text, ChannelJson.Options), null);
        }
        catch (System.Text.Json.JsonException exception)
        {
            return (null, ChannelError.Result(StatusCodes.Status400BadRequest, "BadSyntax", exception.Message));
        }
    }
}
