using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Tests.Tickets;
using AfterSalesBot.Domain.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Staff;

/// <summary>The staff sign-in pages over HTTP with cookies, as a browser uses them, and what the cookie opens.</summary>
public sealed partial class StaffSignInTests : IClassFixture<StaffSignInTests.Host>
{
    private const string NewPassword = "a-long-new-password";
    private readonly Host _host;

    public StaffSignInTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public ApiHost Api { get; } = new();

        public void Dispose() => Api.Dispose();
    }

    private HttpClient Browser() => _host.Api.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..16];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"token\" value=\"([^\"]+)\"")]
    private static partial Regex StepTokenField();

    private static async Task<string> FormTokenAsync(HttpResponseMessage page) =>
        WebUtility.HtmlDecode(AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, params (string Key, string Value)[] fields) =>
        await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    /// <summary>Signs in with the one-time password and chooses <see cref="NewPassword"/>; returns the final response (a redirect).</summary>
    private async Task<HttpResponseMessage> FirstSignInAsync(HttpClient client, string name, string oneTime, string returnUrl)
    {
        var form = await client.GetAsync(new Uri($"/account/signin?returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));
        var step = await PostFormAsync(client, "/account/signin", ("name", name), ("password", oneTime), ("returnUrl", returnUrl), ("__RequestVerificationToken", await FormTokenAsync(form)));
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        var html = await step.Content.ReadAsStringAsync();
        Assert.Contains("name=\"confirm\"", html, StringComparison.Ordinal);
        var token = WebUtility.HtmlDecode(StepTokenField().Match(html).Groups[1].Value);
        return await PostFormAsync(
            client, "/account/password", ("token", token), ("password", NewPassword), ("confirm", NewPassword), ("returnUrl", returnUrl), ("__RequestVerificationToken", await FormTokenAsync(step)));
    }

    [Fact]
    public async Task First_sign_in_replaces_the_one_time_password_and_lands_on_the_return_url()
    {
        var name = Unique("agent");
        var oneTime = await StaffAccounts.CreateAsync(_host.Api.Factory.Services, name, Roles.Agent, "S2001");
        using var client = Browser();

        var done = await FirstSignInAsync(client, name, oneTime, "/agent/tickets?status=new");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/agent/tickets?status=new", done.Headers.Location?.OriginalString);
        var me = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/me", UriKind.Relative))).RootElement;
        Assert.Equal((name, Roles.Agent, "S2001", "cookie"), (me.GetProperty("name").GetString(), me.GetProperty("role").GetString(), me.GetProperty("staffId").GetString(), me.GetProperty("authMethod").GetString()));
    }

    [Fact]
    public async Task A_wrong_password_is_401_with_the_form_again_and_no_cookie()
    {
        var name = Unique("agent");
        await StaffAccounts.CreateAsync(_host.Api.Factory.Services, name, Roles.Agent);
        using var client = Browser();
        var form = await client.GetAsync(new Uri("/account/signin?lang=zh", UriKind.Relative));

        var response = await PostFormAsync(client, "/account/signin?lang=zh", ("name", name), ("password", "guess"), ("__RequestVerificationToken", await FormTokenAsync(form)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_refused()
    {
        var name = Unique("agent");
        var oneTime = await StaffAccounts.CreateAsync(_host.Api.Factory.Services, name, Roles.Agent);
        using var client = Browser();

        var response = await PostFormAsync(client, "/account/signin", ("name", name), ("password", oneTime));

        Assert.Contains("expired", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("name=\"confirm\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_password_step_refuses_short_and_mismatched_passwords()
    {
        var name = Unique("agent");
        var oneTime = await StaffAccounts.CreateAsync(_host.Api.Factory.Services, name, Roles.Agent);
        using var client = Browser();
        var form = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
        var step = await PostFormAsync(client, "/account/signin", ("name", name), ("password", oneTime), ("__RequestVerificationToken", await FormTokenAsync(form)));
        var token = WebUtility.HtmlDecode(StepTokenField().Match(await step.Content.ReadAsStringAsync()).Groups[1].Value);

        var mismatch = await PostFormAsync(client, "/account/password", ("token", token), ("password", NewPassword), ("confirm", NewPassword + "!"), ("__RequestVerificationToken", await FormTokenAsync(step)));
        var tooShort = await PostFormAsync(client, "/account/password", ("token", token), ("password", "abc"), ("confirm", "abc"), ("__RequestVerificationToken", await FormTokenAsync(mismatch)));
        var forged = await PostFormAsync(client, "/account/password", ("token", "forged"), ("password", NewPassword), ("confirm", NewPassword), ("__RequestVerificationToken", await FormTokenAsync(tooShort)));

        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("differ", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("at least", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("expired", await forged.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task The_return_url_never_leaves_the_site(string returnUrl)
    {
        var name = Unique("agent");
        var oneTime = await StaffAccounts.CreateAsync(_host.Api.Factory.Services, name, Roles.Agent);
        using var client = Browser();

        var done = await FirstSignInAsync(client, name, oneTime, returnUrl);

        Assert.Equal("/agent", done.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_cookie_opens_the_apis_of_its_role_only_and_api_calls_are_never_redirected()
    {
        var analyst = Unique("analyst");
        using var client = Browser();
        await FirstSignInAsync(client, analyst, await StaffAccounts.CreateAsync(_host.Api.Factory.Services, analyst, Roles.Analyst), "/analyst/comments");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/comments", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/tickets", UriKind.Relative))).StatusCode);
        using var anonymous = Browser();
        var unauthenticated = await anonymous.GetAsync(new Uri("/api/tickets", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Null(unauthenticated.Headers.Location);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var name = Unique("sup");
        using var client = Browser();
        await FirstSignInAsync(client, name, await StaffAccounts.CreateAsync(_host.Api.Factory.Services, name, Roles.Supervisor), "/agent");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/tickets", UriKind.Relative))).StatusCode);

        var signedOut = await client.PostAsync(new Uri("/account/signout", UriKind.Relative), null);

        Assert.Equal("/account/signin", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/tickets", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_loses_the_session_within_the_recheck_interval()
    {
        var name = Unique("gone");
        using var client = Browser();
        await FirstSignInAsync(client, name, await StaffAccounts.CreateAsync(_host.Api.Factory.Services, name, Roles.Agent), "/agent");
        await _host.Api.Factory.Services.GetRequiredService<IStaffUserStore>().SetDisabledAsync(name, disabled: true, CancellationToken.None);

        _host.Api.Clock.Advance(Security.StaffCookieAuthentication.RecheckInterval + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_api_key_answers_me_with_its_name_and_role()
    {
        using var client = await _host.Api.ClientAsync(Roles.Admin);

        var me = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/me", UriKind.Relative))).RootElement;

        Assert.Equal((Roles.Admin, "api_key"), (me.GetProperty("role").GetString(), me.GetProperty("authMethod").GetString()));
    }

    [Fact]
    public async Task The_sign_in_page_speaks_the_browser_language_and_encodes_the_return_url()
    {
        using var client = Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/signin?returnUrl=/agent%22%3E%3Cscript%3Ealert(1)%3C/script%3E", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");

        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("员工登录", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }
}
