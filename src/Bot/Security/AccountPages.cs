using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;

namespace AfterSalesBot.Bot.Security;

/// <summary>The sign-in, new-password and access-denied pages, server-rendered in Chinese or English; every value is HTML-encoded.</summary>
internal static class AccountPages
{
    public enum Message
    {
        WrongPassword,
        Expired,
        Mismatch,
        TooShort,
        TooLong,
    }

    private sealed record Texts(
        string Lang, string Title, string Name, string Password, string SignIn, string NewPasswordTitle, string NewPasswordHint,
        string NewPassword, string Confirm, string Save, string DeniedTitle, string DeniedBody, string SignOut, string OtherLanguage,
        IReadOnlyDictionary<Message, string> Messages);

    private static readonly Texts Zh = new(
        "zh", "员工登录", "用户名", "密码", "登录", "设置新密码",
        $"这是您第一次登录，请把一次性密码换成只有您知道的新密码（至少 {Storage.Security.StaffAccounts.MinimumPasswordLength} 个字符）。",
        "新密码", "再输入一次", "保存并登录", "没有权限", "您的角色不能打开这个页面。", "退出登录", "English",
        new Dictionary<Message, string>
        {
            [Message.WrongPassword] = "用户名或密码不正确，或账号已停用。",
            [Message.Expired] = "页面已过期，请重新登录。",
            [Message.Mismatch] = "两次输入的密码不一致。",
            [Message.TooShort] = $"密码至少需要 {Storage.Security.StaffAccounts.MinimumPasswordLength} 个字符。",
            [Message.TooLong] = "密码太长。",
        });

    private static readonly Texts En = new(
        "en", "Staff sign-in", "User name", "Password", "Sign in", "Choose a new password",
        $"This is your first sign-in: replace the one-time password with one only you know (at least {Storage.Security.StaffAccounts.MinimumPasswordLength} characters).",
        "New password", "Repeat it", "Save and sign in", "Not allowed", "Your role cannot open this page.", "Sign out", "中文",
        new Dictionary<Message, string>
        {
            [Message.WrongPassword] = "Wrong user name or password, or the account is disabled.",
            [Message.Expired] = "The page expired; please sign in again.",
            [Message.Mismatch] = "The two passwords differ.",
            [Message.TooShort] = $"The password needs at least {Storage.Security.StaffAccounts.MinimumPasswordLength} characters.",
            [Message.TooLong] = "The password is too long.",
        });

    public static IResult SignIn(HttpContext http, IAntiforgery antiforgery, string? returnUrl, Message? error, int status = StatusCodes.Status200OK)
    {
        var t = For(http);
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(t.Title)).Append("</h1>");
        AppendError(body, t, error);
        body.Append("<form method=\"post\" action=\"").Append(AccountEndpoints.SignInPath).Append("?lang=").Append(t.Lang).Append("\" class=\"account-form\">");
        AppendHidden(body, http, antiforgery, returnUrl);
        body.Append("<label>").Append(E(t.Name)).Append("<input name=\"name\" autocomplete=\"username\" required autofocus></label>");
        body.Append("<label>").Append(E(t.Password)).Append("<input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>");
        body.Append("<button type=\"submit\">").Append(E(t.SignIn)).Append("</button></form>");
        body.Append("<p class=\"account-lang\"><a href=\"").Append(AccountEndpoints.SignInPath).Append("?lang=").Append(t.Lang == "zh" ? "en" : "zh");
        if (returnUrl is not null)
        {
            body.Append("&amp;returnUrl=").Append(E(Uri.EscapeDataString(returnUrl)));
        }

        body.Append("\">").Append(E(t.OtherLanguage)).Append("</a></p>");
        return Page(t, t.Title, body.ToString(), status);
    }

    public static IResult NewPassword(HttpContext http, IAntiforgery antiforgery, string token, string? returnUrl, Message? error)
    {
        var t = For(http);
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(t.NewPasswordTitle)).Append("</h1><p>").Append(E(t.NewPasswordHint)).Append("</p>");
        AppendError(body, t, error);
        body.Append("<form method=\"post\" action=\"").Append(AccountEndpoints.PasswordPath).Append("?lang=").Append(t.Lang).Append("\" class=\"account-form\">");
        AppendHidden(body, http, antiforgery, returnUrl);
        body.Append("<input type=\"hidden\" name=\"token\" value=\"").Append(E(token)).Append("\">");
        body.Append("<label>").Append(E(t.NewPassword)).Append("<input name=\"password\" type=\"password\" autocomplete=\"new-password\" required autofocus></label>");
        body.Append("<label>").Append(E(t.Confirm)).Append("<input name=\"confirm\" type=\"password\" autocomplete=\"new-password\" required></label>");
        body.Append("<button type=\"submit\">").Append(E(t.Save)).Append("</button></form>");
        return Page(t, t.NewPasswordTitle, body.ToString(), error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    public static IResult Denied(HttpContext http)
    {
        var t = For(http);
        var body = $"<h1>{E(t.DeniedTitle)}</h1><p>{E(t.DeniedBody)}</p>"
            + $"<form method=\"post\" action=\"{AccountEndpoints.SignOutPath}\"><button type=\"submit\">{E(t.SignOut)}</button></form>";
        return Page(t, t.DeniedTitle, body, StatusCodes.Status403Forbidden);
    }

    private static void AppendHidden(StringBuilder body, HttpContext http, IAntiforgery antiforgery, string? returnUrl)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        body.Append("<input type=\"hidden\" name=\"").Append(E(tokens.FormFieldName)).Append("\" value=\"").Append(E(tokens.RequestToken ?? string.Empty)).Append("\">");
        if (returnUrl is not null)
        {
            body.Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(E(returnUrl)).Append("\">");
        }
    }

    private static void AppendError(StringBuilder body, Texts t, Message? error)
    {
        if (error is { } message)
        {
            body.Append("<p class=\"account-error\" role=\"alert\">").Append(E(t.Messages[message])).Append("</p>");
        }
    }

    private static IResult Page(Texts t, string title, string body, int status)
    {
        var html = $"""
            <!doctype html>
            <html lang="{(t.Lang == "zh" ? "zh-CN" : "en")}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · AfterSalesBot</title><link rel="stylesheet" href="/staff/staff.css"></head>
            <body class="account"><main class="account-card">{body}</main></body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>?lang=zh|en wins; otherwise the browser's first language.</summary>
    private static Texts For(HttpContext http)
    {
        var lang = http.Request.Query["lang"].ToString();
        if (lang.Length == 0)
        {
            lang = http.Request.Headers.AcceptLanguage.ToString();
        }

        return lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;
    }

    // Chinese stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string value) => Encoder.Encode(value);
}
