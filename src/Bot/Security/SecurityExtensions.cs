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
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var (name, roles) in Policies.All)
        {
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }

        return builder;
    }
}
