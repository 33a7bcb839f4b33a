using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels.BotFramework;

/// <summary>
/// The bot's own token for the Bot Connector (OAuth client credentials), cached until 5 minutes before it
/// expires. A plain token request: no MSAL dependency for one form post.
/// </summary>
public sealed class ConnectorTokenProvider(
    IHttpClientFactory httpClients,
    TimeProvider time,
    IOptions<MicrosoftAppOptions> app,
    IOptions<BotFrameworkOptions> options)
{
    public const string HttpClientName = "BotFramework.Token";
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? _cached;

    /// <summary>The bearer token, or null in development mode (no app id: replies go out unauthenticated, like the SDK).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (app.Value.IsDevelopmentMode)
        {
            return null;
        }

        if (_cached is { } hit && time.GetUtcNow() < hit.ExpiresAt - RenewBeforeExpiry)
        {
            return hit.Token;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && time.GetUtcNow() < again.ExpiresAt - RenewBeforeExpiry)
            {
                return again.Token;
            }

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = app.Value.MicrosoftAppId,
                ["client_secret"] = app.Value.MicrosoftAppPassword,
                ["scope"] = options.Value.ConnectorScope,
            });
            var client = httpClients.CreateClient(HttpClientName);
            using var response = await client.PostAsync(TokenEndpoint(), form, cancellationToken);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new HttpRequestException("The token endpoint returned no token.");
            var issued = (body.AccessToken, time.GetUtcNow() + TimeSpan.FromSeconds(body.ExpiresIn));
            _cached = issued;
            return issued.AccessToken;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Forgets the cached token (the Connector said 401: it may have been revoked).</summary>
    public void Invalidate() => _cached = null;

    private string TokenEndpoint()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.TokenEndpoint))
        {
            return options.Value.TokenEndpoint;
        }

        var tenant = app.Value.IsSingleTenant ? app.Value.MicrosoftAppTenantId : "botframework.com";
        return $"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
