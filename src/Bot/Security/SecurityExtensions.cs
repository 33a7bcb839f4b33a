using AfterSalesBot.Domain.Security;
using AfterSalesBot.Storage.Stores;
using Microsoft.AspNetCore.Authentication;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace AfterSalesBot.Bot.Security;

/// <summary>
/// Who may call the staff APIs and open the staff pages: API keys (integrations) and the staff sign-in cookie
/// (people), and the role policies. Safe to call from several feature areas: it registers once.
/// </summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddStaffSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(s => s.ServiceType == typeof(IApiKeyStore)))
        {
            return builder;
        }

        builder.Services.AddSingleton<IApiKeyStore, SqlApiKeyStore>();
        // The cookie is encrypted with data-protection keys kept in the database, so any instance reads any instance's cookie.
        builder.Services.AddDataProtection().SetApplicationName("AfterSalesBot");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<SqlDialect, TimeProvider>((options, dialect, time) => options.XmlRepository = new SqlXmlRepository(dialect, time));
        builder.Services.AddSingleton<StaffAccounts>();
        builder.Services.AddAntiforgery(options => options.Cookie.Name = ".AfterSales.Antiforgery");
        // No default scheme: requests that need no authorization (Direct Line, /api/messages with their own bearer tokens)
        // never reach the key lookup or the cookie; each policy names the schemes it accepts.
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(StaffCookieAuthentication.SchemeName, StaffCookieAuthentication.Configure);
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var (name, roles) in Policies.All)
        {
            authorization.AddPolicy(name, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName, StaffCookieAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(roles));
            // Pages take only the cookie, so an unauthenticated browser is sent to the sign-in page (not a bare 401).
            authorization.AddPolicy(Policies.PagePolicy(name), policy => policy
                .AddAuthenticationSchemes(StaffCookieAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(roles));
        }

        authorization.AddPolicy(Policies.AnyStaff, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName, StaffCookieAuthentication.SchemeName)
            .RequireAuthenticatedUser()
            .RequireRole(Roles.All));
        return builder;
    }
}
