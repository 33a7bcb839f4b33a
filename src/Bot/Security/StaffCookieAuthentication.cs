using AfterSalesBot.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AfterSalesBot.Bot.Security;

/// <summary>
/// The staff pages' sign-in cookie. HttpOnly and SameSite=Strict, so another site can neither read it nor make the
/// browser send it with a forged request (the staff APIs accept it for the console's own fetch calls). Requests
/// under <c>/api/</c> and <c>/hubs/</c> get 401/403 instead of a redirect to the sign-in page.
/// </summary>
public static class StaffCookieAuthentication
{
    public const string SchemeName = "StaffCookie";

    /// <summary>How long a sign-in lasts without activity.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    /// <summary>How often a cookie is re-checked against the database (a disabled user is signed out within this time).</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromMinutes(1);

    private const string CheckedAtItem = "checked_at";

    internal static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = ".AfterSales.Staff";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = AccountEndpoints.SignInPath;
        options.AccessDeniedPath = AccountEndpoints.DeniedPath;
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        options.Events.OnValidatePrincipal = RecheckUserAsync;
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsMachineRequest(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    internal static bool IsMachineRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase);

    /// <summary>A disabled or deleted user loses access within <see cref="RecheckInterval"/>, without a database read per request.</summary>
    private static async Task RecheckUserAsync(CookieValidatePrincipalContext context)
    {
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        if (context.Properties.Items.TryGetValue(CheckedAtItem, out var checkedText)
            && DateTimeOffset.TryParse(checkedText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var checkedAt)
            && now - checkedAt < RecheckInterval)
        {
            return;
        }

        var idText = context.Principal?.FindFirst(StaffClaims.UserId)?.Value;
        var users = context.HttpContext.RequestServices.GetRequiredService<IStaffUserStore>();
        var user = Guid.TryParse(idText, out var id) ? await users.GetAsync(id, context.HttpContext.RequestAborted).ConfigureAwait(false) : null;
        if (user is null || user.Disabled || user.MustChangePassword)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName).ConfigureAwait(false);
            return;
        }

        context.Properties.Items[CheckedAtItem] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
    }
}
