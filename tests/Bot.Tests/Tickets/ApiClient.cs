using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSalesBot.Bot.Tests.Hosting;
using AfterSalesBot.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Tickets;

/// <summary>The service in memory (SLA clock job off, tests drive it) with one API key per role.</summary>
public sealed class ApiHost : IDisposable
{
    public ApiHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Tickets:SlaClock:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Factory = new BotHostFactory(all);
    }

    public BotHostFactory Factory { get; }

    public FakeTimeProvider Clock => Factory.Clock;

    /// <summary>A client sending "Authorization: Bearer KEY" for a new key of <paramref name="role"/> (no header when null).</summary>
    public async Task<HttpClient> ClientAsync(string? role)
    {
        var client = Factory.CreateClient();
        if (role is not null)
        {
            var key = ApiKeys.Generate();
            var store = Factory.Services.GetRequiredService<IApiKeyStore>();
            await store.AddAsync($"{role}-{Guid.NewGuid():N}"[..20], role, ApiKeys.Hash(key), Clock.GetUtcNow(), CancellationToken.None);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public void Dispose() => Factory.Dispose();
}
