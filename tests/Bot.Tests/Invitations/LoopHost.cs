using System.Net.Http.Headers;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>
/// The real service on SQLite with the survey engine answering, the background jobs off (tests run the scheduler and
/// the follow-up sweep themselves) and no quiet hours (the host's clock is the wall clock shifted).
/// </summary>
public static class LoopHost
{
    public const string LinkSecret = "test-survey-link-secret";

    public static ChannelsHost Create(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Channels:TurnHandler"] = "default",
            ["Surveys:StartOnFirstMessage"] = "false",
            ["Invitations:Enabled"] = "false",
            ["Invitations:QuietFrom"] = "00:00",
            ["Invitations:QuietUntil"] = "00:00",
            ["Invitations:LinkSecret"] = LinkSecret,
            ["FollowUps:Enabled"] = "false",
            ["Tickets:SlaClock:Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new ChannelsHost(settings: settings);
    }

    /// <summary>A client with an API key of <paramref name="role"/>.</summary>
    public static async Task<HttpClient> ApiClientAsync(ChannelsHost host, string role)
    {
        var client = host.CreateClient();
        var key = ApiKeys.Generate();
        await host.Services.GetRequiredService<IApiKeyStore>().AddAsync($"{role}-{Guid.NewGuid():N}"[..20], role, ApiKeys.Hash(key), host.Time.GetUtcNow(), CancellationToken.None);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
