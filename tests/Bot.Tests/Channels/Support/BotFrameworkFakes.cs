using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Bot.Tests.Channels.Support;

/// <summary>
/// Azure Bot Service's side, on loopback: OpenID metadata + JWKS with endorsements (for channel and Emulator
/// tokens), the token endpoint the bot gets its own token from, and a Connector that records replies.
/// Test RSA keys are generated here; nothing leaves the machine.
/// </summary>
public sealed class BotFrameworkFakes : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppPassword = "test-app-password";
    public const string ConnectorToken = "fake-connector-access-token";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    private readonly WebApplication _app;
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _channelKeys = [];
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    private BotFrameworkFakes(WebApplication app)
    {
        _app = app;
        EmulatorKey = NewKey("emulator-key");
        _channelKeys.Add((NewKey("channel-key-1"), ["msteams", "webchat", "directline", "emulator"]));
    }

    public string BaseUrl { get; private set; } = "";

    public string ServiceUrl => BaseUrl + "/";

    public RsaSecurityKey EmulatorKey { get; }

    public RsaSecurityKey ChannelKey => _channelKeys[0].Key;

    /// <summary>Every request the fake Connector received: path, Authorization header, body.</summary>
    public ConcurrentQueue<(string Path, string? Authorization, JsonObject Body)> ConnectorRequests { get; } = new();

    /// <summary>Status codes the Connector answers before it starts answering 200 (to exercise retries).</summary>
    public ConcurrentQueue<HttpStatusCode> ConnectorFailures { get; } = new();

    public int TokenRequests;

    public int JwksRequests;

    public IDictionary<string, string?> BotSettings(bool withAppId = true) => new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = withAppId ? AppId : "",
        ["MicrosoftAppPassword"] = withAppId ? AppPassword : "",
        ["BotFramework:OpenIdMetadataUrl"] = BaseUrl + "/v1/.well-known/openidconfiguration",
        ["BotFramework:EmulatorOpenIdMetadataUrl"] = BaseUrl + "/emulator/.well-known/openid-configuration",
        ["BotFramework:TokenEndpoint"] = BaseUrl + "/token",
        ["BotFramework:AllowedServiceUrls:0"] = ServiceUrl,
        ["BotFramework:ConnectorRetryDelay"] = "00:00:00",
    };

    public static async Task<BotFrameworkFakes> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fakes = new BotFrameworkFakes(app);
        fakes.Map(app);
        await app.StartAsync();
        fakes.BaseUrl = app.Urls.First().TrimEnd('/');
        return fakes;
    }

    /// <summary>Adds a key to the published JWKS, as the Bot Connector does when it rotates keys.</summary>
    public RsaSecurityKey RotateInKey(string keyId, params string[] endorsements)
    {
        var key = NewKey(keyId);
        lock (_channelKeys)
        {
            _channelKeys.Add((key, endorsements));
        }

        return key;
    }

    /// <summary>A channel token as the Bot Connector issues it, with overridable pieces.</summary>
    public string ChannelToken(
        DateTimeOffset now,
        string? serviceUrl = null,
        string issuer = ChannelIssuer,
        string audience = AppId,
        TimeSpan? expiresIn = null,
        SecurityKey? key = null)
    {
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? ServiceUrl };
        return Sign(now, issuer, audience, claims, expiresIn, key ?? ChannelKey);
    }

    /// <summary>An Emulator (Azure AD v1) token: the bot id in appid, audience not checked.</summary>
    public string EmulatorToken(DateTimeOffset now, string appId = AppId) =>
        Sign(now, EmulatorIssuer, "https://api.botframework.com", new Dictionary<string, object> { ["appid"] = appId, ["ver"] = "1.0" }, null, EmulatorKey);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    private static JsonObject Jwk(RsaSecurityKey key, string[]? endorsements)
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
        var json = new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId, ["n"] = jwk.N, ["e"] = jwk.E };
        if (endorsements is not null)
        {
            json["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
        }

        return json;
    }

    private string Sign(DateTimeOffset now, string issuer, string audience, Dictionary<string, object> claims, TimeSpan? expiresIn, SecurityKey key) =>
        _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + (expiresIn ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    private void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new JsonObject { ["issuer"] = ChannelIssuer, ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys" }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref JwksRequests);
            lock (_channelKeys)
            {
                return Results.Json(new JsonObject { ["keys"] = new JsonArray([.. _channelKeys.Select(k => (JsonNode)Jwk(k.Key, k.Endorsements))]) });
            }
        });
        app.MapGet("/emulator/.well-known/openid-configuration", () => Results.Json(new JsonObject { ["issuer"] = EmulatorIssuer, ["jwks_uri"] = BaseUrl + "/emulator/keys" }));
        app.MapGet("/emulator/keys", () => Results.Json(new JsonObject { ["keys"] = new JsonArray(Jwk(EmulatorKey, null)) }));
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            Interlocked.Increment(ref TokenRequests);
            return form["client_id"] == AppId && form["client_secret"] == AppPassword && form["grant_type"] == "client_credentials"
                ? Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = ConnectorToken })
                : Results.Json(new JsonObject { ["error"] = "invalid_client" }, statusCode: 401);
        });
        app.MapPost("/v3/conversations/{**rest}", async (HttpRequest request) =>
        {
            var body = (await request.ReadFromJsonAsync<JsonObject>())!;
            ConnectorRequests.Enqueue((request.Path.ToString(), request.Headers.Authorization.ToString(), body));
            return ConnectorFailures.TryDequeue(out var failure)
                ? Results.StatusCode((int)failure)
                : Results.Json(new JsonObject { ["id"] = "connector-" + ConnectorRequests.Count });
        });
    }
}
