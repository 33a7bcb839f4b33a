using AfterSalesBot.Bot.Channels.DirectLine;

namespace AfterSalesBot.Bot.Channels.WebChat;

/// <summary>
/// The customer chat page at <c>/</c> (Microsoft Web Chat from npm, served by the bot) and the endpoint it
/// gets its Direct Line token from, so the Direct Line secret never reaches the browser.
/// </summary>
public static class WebChatEndpoints
{
    public const string TokenRoute = "/api/webchat/token";

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (IWebHostEnvironment environment) =>
        {
            var page = environment.WebRootFileProvider.GetFileInfo("chat/index.html");
            return page.Exists && page.PhysicalPath is { } path
                ? Results.File(path, "text/html; charset=utf-8")
                : Results.Problem("The chat page is missing from wwwroot/chat.", statusCode: StatusCodes.Status500InternalServerError);
        });
        endpoints.MapPost(TokenRoute, (DirectLineTokenService tokens) =>
        {
            // A fresh conversation and an anonymous customer per page load; the user id is embedded in the token.
            var conversationId = DirectLineIds.NewConversationId();
            var userId = DirectLineIds.NewUserId();
            return Results.Json(
                new WebChatToken(conversationId, userId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds),
                ChannelJson.Options);
        });
        return endpoints;
    }
}
