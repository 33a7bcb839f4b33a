using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>
/// Decides whether the bot may post to an activity's serviceUrl. Without it, anyone who can reach
/// /api/messages in development mode could make the bot send requests (with its token!) to any host.
/// </summary>
public sealed class ServiceUrlAllowList
{
    private static readonly string[] AzureBotServiceHosts =
    [
        "https://*.botframework.com/",
        "https://smba.trafficmanager.net/",
        "https://*.botframework.us/",
        "https://*.botframework.azure.us/",
    ];

    private static readonly string[] LoopbackHosts = ["http://localhost/", "http://127.0.0.1/", "http://[::1]/"];

    private readonly List<Pattern> _patterns;

    public ServiceUrlAllowList(IOptions<BotFrameworkOptions> options, IOptions<MicrosoftAppOptions> app)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(app);
        IEnumerable<string> configured = options.Value.AllowedServiceUrls.Count > 0
            ? options.Value.AllowedServiceUrls
            : app.Value.IsDevelopmentMode ? [.. AzureBotServiceHosts, .. LoopbackHosts] : AzureBotServiceHosts;
        _patterns = [.. configured.Select(Pattern.Parse)];
    }

    /// <summary>The patterns in force, for the start-up log.</summary>
    public IEnumerable<string> Describe() => _patterns.Select(pattern => pattern.Text);

    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        return _patterns.Exists(pattern => pattern.Matches(uri));
    }

    /// <summary>scheme://host[:port]/path-prefix; a host starting with <c>*.</c> matches any subdomain; no port = any port.</summary>
    private sealed record Pattern(string Text, string Scheme, string Host, bool AnySubdomain, int? Port, string PathPrefix)
    {
        public static Pattern Parse(string text)
        {
            var wildcard = text.Contains("://*.", StringComparison.Ordinal);
            var concrete = wildcard ? text.Replace("://*.", "://", StringComparison.Ordinal) : text;
            if (!Uri.TryCreate(concrete, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new OptionsValidationException(
                    BotFrameworkOptions.SectionName, typeof(BotFrameworkOptions),
                    [$"BotFramework:AllowedServiceUrls entry '{text}' is not an absolute http(s) URL."]);
            }

            var explicitPort = concrete.Contains($"{uri.Host}:{uri.Port}", StringComparison.OrdinalIgnoreCase) ? uri.Port : (int?)null;
            return new Pattern(text, uri.Scheme, uri.Host, wildcard, explicitPort, uri.AbsolutePath);
        }

        public bool Matches(Uri candidate) =>
            candidate.Scheme == Scheme
            && (AnySubdomain
                ? candidate.Host.EndsWith("." + Host, StringComparison.OrdinalIgnoreCase)
                : candidate.Host.Equals(Host, StringComparison.OrdinalIgnoreCase))
            && (Port is null || candidate.Port == Port)
            && candidate.AbsolutePath.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase);
    }
}
