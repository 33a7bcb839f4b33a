using System.Net;
using System.Text;
using AfterSalesBot.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Tickets;

/// <summary>Every endpoint: no key → 401, a key whose role may not → 403.</summary>
public sealed class TicketApiAuthTests : IClassFixture<TicketApiAuthTests.Host>
{
    private readonly Host _host;

    public TicketApiAuthTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public ApiHost Api { get; } = new();

        public void Dispose() => Api.Dispose();
    }

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/tickets" },
        { "GET", "/api/tickets/T20260302-0001" },
        { "POST", "/api/tickets" },
        { "POST", "/api/tickets/T20260302-0001/acknowledge" },
        { "POST", "/api/tickets/T20260302-0001/records" },
        { "POST", "/api/tickets/T20260302-0001/resolve" },
        { "POST", "/api/tickets/T20260302-0001/reopen" },
        { "POST", "/api/tickets/T20260302-0001/confirm" },
        { "POST", "/api/tickets/T20260302-0001/close" },
        { "POST", "/api/tickets/T20260302-0001/grade" },
    };

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_key_every_endpoint_answers_401(string method, string path)
    {
        using var client = await _host.Api.ClientAsync(null);

        var response = await client.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task An_unknown_key_is_401_on_every_endpoint(string method, string path)
    {
        using var client = await _host.Api.ClientAsync(null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKeys.Generate());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Request(method, path))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task An_analyst_key_is_403_on_every_ticket_endpoint(string method, string path)
    {
        using var client = await _host.Api.ClientAsync(Roles.Analyst);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Request(method, path))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Staff_roles_get_past_authorization_except_agents_on_grade(string method, string path)
    {
        foreach (var role in new[] { Roles.Agent, Roles.Supervisor, Roles.Admin })
        {
            using var client = await _host.Api.ClientAsync(role);

            var status = (await client.SendAsync(Request(method, path))).StatusCode;

            var forbidden = role == Roles.Agent && path.EndsWith("/grade", StringComparison.Ordinal);
            Assert.True(
                forbidden ? status == HttpStatusCode.Forbidden : status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                $"{role} {method} {path} → {(int)status}");
            Assert.NotEqual(HttpStatusCode.InternalServerError, status);
        }
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var key = ApiKeys.Generate();
        var store = _host.Api.Factory.Services.GetRequiredService<IApiKeyStore>();
        await store.AddAsync("to-revoke", Roles.Agent, ApiKeys.Hash(key), _host.Api.Clock.GetUtcNow(), CancellationToken.None);
        using var client = await _host.Api.ClientAsync(null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        var before = await client.GetAsync(new Uri("/api/tickets", UriKind.Relative));

        await store.RevokeAsync("to-revoke", _host.Api.Clock.GetUtcNow(), CancellationToken.None);
        var after = await client.GetAsync(new Uri("/api/tickets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
