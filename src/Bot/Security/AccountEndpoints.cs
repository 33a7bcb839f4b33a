using System.Security.Claims;
using AfterSalesBot.Storage.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace AfterSalesBot.Bot.Security;

/// <summary>
/// Staff sign-in with the names and passwords of <c>aftersales user add</c>: the sign-in form, the new-password step
/// that replaces a one-time password, sign-out, and <c>GET /api/me</c>. Every form carries an antiforgery token.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/signin";
    public const string PasswordPath = "/account/password";
    public const string SignOutPath = "/account/signout";
    public const string DeniedPath = "/account/denied";

    /// <summary>How long the new-password form stays valid after the one-time password was accepted.</summary>
    private static readonly TimeSpan PasswordStepLifetime = TimeSpan.FromMinutes(15);

    public static WebApplication MapStaffAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapGet("/signin", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            AccountPages.SignIn(http, antiforgery, SafeReturnUrl(returnUrl), error: null));
        account.MapPost("/signin", SignInAsync).DisableAntiforgery();
        account.MapPost("/password", ChangePasswordAsync).DisableAntiforgery();
        account.MapPost("/signout", (Delegate)SignOutAsync).DisableAntiforgery();
        account.MapGet("/denied", (HttpContext http) => AccountPages.Denied(http));
        app.MapGet("/api/me", (ClaimsPrincipal user) => Results.Ok(new
        {
            name = user.Identity!.Name,
            displayName = user.FindFirst(StaffClaims.DisplayName)?.Value ?? user.Identity.Name,
            role = user.FindFirst(ClaimTypes.Role)?.Value,
            staffId = user.FindFirst(StaffClaims.StaffId)?.Value,
            authMethod = user.FindFirst(StaffClaims.AuthMethod)?.Value,
        }))
            .WithTags("Staff").WithName("GetMe").WithSummary("The signed-in staff user or API key: name, role, staff id.")
            .RequireAuthorization(Policies.AnyStaff);
        return app;
    }

    // The antiforgery check is explicit (not the endpoint filter) so a stale form re-renders with a message instead of a bare 400.
    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, StaffAccounts accounts, IDataProtectionProvider protection)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = SafeReturnUrl(form["returnUrl"]);
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return AccountPages.SignIn(http, antiforgery, returnUrl, AccountPages.Message.Expired);
        }

        var user = await accounts.VerifyAsync(form["name"].ToString(), form["password"].ToString(), http.RequestAborted);
        if (user is null)
        {
            return AccountPages.SignIn(http, antiforgery, returnUrl, AccountPages.Message.WrongPassword, StatusCodes.Status401Unauthorized);
        }

        if (user.MustChangePassword)
        {
            var token = PasswordStepProtector(protection).Protect(user.Id.ToString("D"), PasswordStepLifetime);
            return AccountPages.NewPassword(http, antiforgery, token, returnUrl, error: null);
        }

        await http.SignInAsync(StaffCookieAuthentication.SchemeName, StaffClaims.ForUser(user, StaffCookieAuthentication.SchemeName));
        return Results.Redirect(returnUrl ?? Landing(user.Role));
    }

    private static async Task<IResult> ChangePasswordAsync(
        HttpContext http, IAntiforgery antiforgery, StaffAccounts accounts, IDataProtectionProvider protection, Domain.Security.IStaffUserStore users)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = SafeReturnUrl(form["returnUrl"]);
        var token = form["token"].ToString();
        Guid userId;
        try
        {
            userId = Guid.Parse(PasswordStepProtector(protection).Unprotect(token));
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException or ArgumentException)
        {
            return AccountPages.SignIn(http, antiforgery, returnUrl, AccountPages.Message.Expired);
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return AccountPages.SignIn(http, antiforgery, returnUrl, AccountPages.Message.Expired);
        }

        var password = form["password"].ToString();
        if (password != form["confirm"].ToString())
        {
            return AccountPages.NewPassword(http, antiforgery, token, returnUrl, AccountPages.Message.Mismatch);
        }

        switch (await accounts.ChangePasswordAsync(userId, password, http.RequestAborted))
        {
            case PasswordChangeError.TooShort:
                return AccountPages.NewPassword(http, antiforgery, token, returnUrl, AccountPages.Message.TooShort);
            case PasswordChangeError.TooLong:
                return AccountPages.NewPassword(http, antiforgery, token, returnUrl, AccountPages.Message.TooLong);
            case PasswordChangeError.UnknownUser:
                return AccountPages.SignIn(http, antiforgery, returnUrl, AccountPages.Message.WrongPassword, StatusCodes.Status401Unauthorized);
        }

        var user = await users.GetAsync(userId, http.RequestAborted);
        await http.SignInAsync(StaffCookieAuthentication.SchemeName, StaffClaims.ForUser(user!, StaffCookieAuthentication.SchemeName));
        return Results.Redirect(returnUrl ?? Landing(user!.Role));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(StaffCookieAuthentication.SchemeName);
        return Results.Redirect(SignInPath);
    }

    private static ITimeLimitedDataProtector PasswordStepProtector(IDataProtectionProvider protection) =>
        protection.CreateProtector("AfterSalesBot.Staff.NewPassword").ToTimeLimitedDataProtector();

    /// <summary>Only a path on this site: an open redirect to another host would make the sign-in page a phishing tool.</summary>
    internal static string? SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Contains("://", StringComparison.Ordinal)
        && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : null;

    /// <summary>Where a user lands without a return address: analysts on their comments, everyone else on the console.</summary>
    internal static string Landing(string role) => role == Domain.Security.Roles.Analyst ? "/analyst/comments" : "/agent";
}
