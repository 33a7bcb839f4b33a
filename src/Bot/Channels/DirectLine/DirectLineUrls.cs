using System.Globalization;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>The absolute URLs Direct Line hands to clients, built from the request the client made.</summary>
public static class DirectLineUrls
{
    public const string BasePath = "/v3/directline";

    /// <summary>Our own base URL, given to the turn as the activity's serviceUrl.</summary>
    public static string ServiceUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/";
    }

    /// <summary>
    /// The <c>ws(s)://</c> stream URL with the token in the query string: browsers cannot send an Authorization
    /// header on a WebSocket upgrade, and DirectLineJS opens exactly this URL.
    /// </summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = watermark is { } value
            ? string.Create(CultureInfo.InvariantCulture, $"watermark={value}&t={Uri.EscapeDataString(token)}")
            : $"t={Uri.EscapeDataString(token)}";
        return $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?{query}";
    }
}
