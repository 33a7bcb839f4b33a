using System.Security.Claims;
using System.Text.Encodings.Web;
using AfterSalesBot.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Security;

/// <summary>
/// "Authorization: Bearer KEY" with a key made by `aftersales apikey add`. The key is hashed (SHA-256) and looked up
/// among the active keys; the principal carries the key's name and role. No header: no result (401 from the challenge);
/// an unknown or revoked key: failure (401).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = header[bearer.Length..].Trim();
        if (!key.StartsWith(ApiKeys.Prefix, StringComparison.Ordinal) || key.Length > 200)
        {
            // Another kind of bearer token (a Direct Line or Bot Connector JWT): not ours, no database lookup.
            return AuthenticateResult.Fail("not an API key");
        }

        var found = await keys.FindActiveAsync(ApiKeys.Hash(key), Context.RequestAborted).ConfigureAwait(false);
        if (found is null)
        {
            return AuthenticateResult.Fail("unknown or revoked API key");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, found.Name), new Claim(ClaimTypes.Role, found.Role), new Claim("auth_method", "api_key")],
            SchemeName,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"aftersales\"";
        return Task.CompletedTask;
    }
}
