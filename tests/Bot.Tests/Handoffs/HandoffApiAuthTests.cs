using System.Net;
using System.Text;
using AfterSalesBot.Bot.Tests.Tickets;
using AfterSalesBot.Domain.Security;

namespace AfterSalesBot.Bot.Tests.Handoffs;

/// <summary>Every hand-off and call-back endpoint: nobody signed in → 401, a role that may not → 403, staff roles get through.</summary>
public sealed class HandoffApiAuthTests : IClassFixture<HandoffApiAuthTests.Host>
{
    private const string Id = "0195a2d4-0000-7000-8000-000000000001";
    private readonly Host _host;

    public HandoffApiAuthTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public ApiHost Api { get; } = new();

        public void Dispose() => Api.Dispose();
    }

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/handoffs" },
        { "GET", "/api/handoffs?status=active" },
        { "GET", $"/api/handoffs/{Id}" },
        { "POST", $"/api/handoffs/{Id}/take" },
        { "POST", $"/api/handoffs/{Id}/messages" },
        { "POST", $"/api/handoffs/{Id}/typing" },
        { "POST", $"/api/handoffs/{Id}/release" },
        { "POST", $"/api/handoffs/{Id}/end" },
        { "GET", "/api/callbacks" },
        { "POST", $"/api/callbacks/{Id}/close" },
        { "POST", "/api/handoffs/hub/negotiate?negotiateVersion=1" },
    };

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_credentials_every_endpoint_answers_401(string method, string path)
    {
        using var client = await _host.Api.ClientAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Request(method, path))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task An_analyst_key_is_403_on_every_endpoint(string method, string path)
    {
        using var client = await _host.Api.ClientAsync(Roles.Analyst);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Request(method, path))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Agents_supervisors_and_admins_get_past_authorization(string method, string path)
    {
        foreach (var role in new[] { Roles.Agent, Roles.Supervisor, Roles.Admin })
        {
            using var client = await _host.Api.ClientAsync(role);

            var status = (await client.SendAsync(Request(method, path))).StatusCode;

            Assert.True(status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{role} {method} {path}: {status}");
        }
    }

    [Fact]
    public async Task The_console_page_sends_an_anonymous_browser_to_sign_in()
    {
        using var client = _host.Api.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/agent", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
