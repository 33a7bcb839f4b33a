using AfterSalesBot.Domain.Security;
using AfterSalesBot.Storage.Stores;
using Microsoft.AspNetCore.Authentication;

namespace AfterSalesBot.Bot.Security;

/// <summary>API-key authentication and the role policies. Safe to call from several feature areas: it registers once.</summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddApiKeySecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(s => s.ServiceType == typeof(IApiKeyStore)))
        {
            return builder;
        }

        builder.Services.AddSingleton<IApiKeyStore, SqlApiKeyStore>();
        // No default scheme: requests that need no authorization (Direct Line, /api/messages with their own bearer tokens)
        // never reach the key lookup; the policies name the scheme they accept.
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var (name, roles) in Policies.All)
        {
            authorization.AddPolicy(name, policy => policy.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().RequireRole(roles));
        }

        return builder;
    }
}
