using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>How <c>/api/messages</c> validates channels and reaches the Bot Connector (section <c>BotFramework</c>).</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>OpenID metadata of the Bot Connector, whose keys sign channel tokens (and carry endorsements).</summary>
    [Required]
    [Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata for Bot Framework Emulator tokens (Azure AD).</summary>
    [Required]
    [Url]
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Issuer of Bot Connector channel tokens.</summary>
    [Required]
    public string ChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// Where the bot gets its own token for replies. Empty: the Bot Framework default
    /// (<c>https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token</c>, or the tenant's for SingleTenant).
    /// </summary>
    public string TokenEndpoint { get; set; } = "";

    /// <summary>The scope of the bot's token for the Connector.</summary>
    [Required]
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// serviceUrl values the bot will post replies to: absolute URL prefixes, <c>*.</c> allowed at the start of the
    /// host (e.g. <c>https://*.botframework.com/</c>). A forged activity cannot make the bot call other hosts.
    /// Empty: the Azure Bot Service hosts, plus loopback when MicrosoftAppId is empty (the Emulator).
    /// </summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>How long signing keys are trusted before they are fetched again (an unknown kid fetches at once).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "10.00:00:00", ErrorMessage = "BotFramework:SigningKeyRefreshInterval must be between 1 minute and 10 days.")]
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Attempts per Connector call (retried on 429 and 5xx with exponential backoff).</summary>
    [Range(1, 10)]
    public int ConnectorMaxAttempts { get; set; } = 4;

    /// <summary>First retry delay of a Connector call; it doubles (with jitter) on each retry. Retry-After wins when sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "BotFramework:ConnectorRetryDelay must be between 0 and 1 minute.")]
    public TimeSpan ConnectorRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
