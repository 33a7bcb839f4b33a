namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>The outcome of checking a request to <c>/api/messages</c>.</summary>
/// <param name="Failure">Why the request is refused (logged, never sent back in detail); null when accepted.</param>
/// <param name="IsAnonymous">Accepted without a token (development mode, no MicrosoftAppId).</param>
public sealed record ChannelAuthenticationResult(string? Failure, bool IsAnonymous)
{
    public bool Succeeded => Failure is null;

    public static ChannelAuthenticationResult Anonymous { get; } = new(null, IsAnonymous: true);

    public static ChannelAuthenticationResult Authenticated { get; } = new(null, IsAnonymous: false);

    public static ChannelAuthenticationResult Fail(string reason) => new(reason, IsAnonymous: false);
}
