using AfterSalesBot.Dialogs.Activities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>
/// Validates the bearer token a Bot Framework channel (or the Emulator) sends to <c>/api/messages</c>, the way
/// the Bot Framework SDK does: signed by a key from the OpenID metadata, issuer, audience = MicrosoftAppId,
/// lifetime with 5 minutes of skew, the key endorsed for the activity's channelId, and the <c>serviceurl</c>
/// claim equal to the activity's serviceUrl. Emulator tokens (Azure AD issuers) carry the app id in
/// <c>appid</c> (v1) or <c>azp</c> (v2) instead.
/// </summary>
public sealed class ChannelRequestAuthenticator(
    SigningKeyCache keys,
    TimeProvider time,
    IOptions<MicrosoftAppOptions> app,
    IOptions<BotFrameworkOptions> options)
{
    private static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    private static readonly HashSet<string> EmulatorIssuers = new(
        EmulatorTenants.SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" }),
        StringComparer.Ordinal);

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();

    public async Task<ChannelAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var appId = app.Value.MicrosoftAppId;
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return app.Value.IsDevelopmentMode
                ? ChannelAuthenticationResult.Anonymous
                : ChannelAuthenticationResult.Fail("no Authorization header");
        }

        if (!authorizationHeader.StartsWith("Bearer ", StringComparison.Ordinal) || authorizationHeader.Length <= "Bearer ".Length)
        {
            return ChannelAuthenticationResult.Fail("the Authorization header is not 'Bearer <token>'");
        }

        var raw = authorizationHeader["Bearer ".Length..];
        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return ChannelAuthenticationResult.Fail("the token is not a JWT");
        }

        var emulator = EmulatorIssuers.Contains(unvalidated.Issuer);
        var metadataUrl = emulator ? options.Value.EmulatorOpenIdMetadataUrl : options.Value.OpenIdMetadataUrl;
        SigningKeySet keySet;
        try
        {
            keySet = await keys.GetAsync(metadataUrl, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            return ChannelAuthenticationResult.Fail($"signing keys unavailable from {metadataUrl}: {exception.Message}");
        }

        var result = await ValidateAsync(raw, keySet, emulator, appId);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            keySet = await keys.RefreshForUnknownKeyAsync(metadataUrl, cancellationToken);
            result = await ValidateAsync(raw, keySet, emulator, appId);
        }

        if (!result.IsValid)
        {
            return ChannelAuthenticationResult.Fail($"token rejected: {result.Exception?.GetType().Name}");
        }

        return emulator ? CheckEmulatorClaims(result, appId) : CheckChannelClaims(result, unvalidated.Kid, keySet, activity);
    }

    private Task<TokenValidationResult> ValidateAsync(string token, SigningKeySet keySet, bool emulator, string appId) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = emulator ? EmulatorIssuers : [options.Value.ChannelTokenIssuer],
            ValidateAudience = !emulator,
            ValidAudience = appId,
            IssuerSigningKeys = keySet.Keys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = TokenLifetime.Against(time, TimeSpan.FromMinutes(5)),
        });

    private static ChannelAuthenticationResult CheckChannelClaims(
        TokenValidationResult result, string? keyId, SigningKeySet keySet, Activity activity)
    {
        if (keyId is null || !keySet.Endorsements.TryGetValue(keyId, out var endorsements)
            || string.IsNullOrEmpty(activity.ChannelId)
            || !endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return ChannelAuthenticationResult.Fail($"the signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        return string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? ChannelAuthenticationResult.Fail("the serviceurl claim does not match the activity's serviceUrl")
            : ChannelAuthenticationResult.Authenticated;
    }

    private static ChannelAuthenticationResult CheckEmulatorClaims(TokenValidationResult result, string appId)
    {
        var version = result.ClaimsIdentity.FindFirst("ver")?.Value;
        var claim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (claim is null)
        {
            return ChannelAuthenticationResult.Fail($"unknown Emulator token version '{version}'");
        }

        var tokenAppId = result.ClaimsIdentity.FindFirst(claim)?.Value;
        return !string.IsNullOrEmpty(appId) && string.Equals(tokenAppId, appId, StringComparison.Ordinal)
            ? ChannelAuthenticationResult.Authenticated
            : ChannelAuthenticationResult.Fail($"the Emulator token's {claim} is not this bot's app id");
    }
}
