using System.Security.Claims;
using AfterSalesBot.Domain.Security;

namespace AfterSalesBot.Bot.Security;

/// <summary>The claims every staff principal carries, whether it signed in with the cookie or an API key.</summary>
public static class StaffClaims
{
    /// <summary>The employee number on tickets and in reports, when the user has one.</summary>
    public const string StaffId = "staff_id";

    /// <summary>The name colleagues and customers see.</summary>
    public const string DisplayName = "display_name";

    /// <summary>"cookie" (signed in on the staff pages) or "api_key".</summary>
    public const string AuthMethod = "auth_method";

    /// <summary>The staff user's id (cookie sign-ins only), used to re-check that the account is still enabled.</summary>
    public const string UserId = "user_id";

    /// <summary>The principal for a signed-in staff user.</summary>
    public static ClaimsPrincipal ForUser(StaffUser user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        List<Claim> claims =
        [
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
            new(DisplayName, user.DisplayName ?? user.Name),
            new(AuthMethod, "cookie"),
            new(UserId, user.Id.ToString("D")),
        ];
        if (user.StaffId is { } staffId)
        {
            claims.Add(new Claim(StaffId, staffId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>Who did it, for audit rows and handling records: the user (or key) name.</summary>
    public static string Actor(this ClaimsPrincipal principal) =>
        principal?.Identity?.Name ?? throw new InvalidOperationException("No signed-in user on this request.");
}
