using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Domain.Handoffs;
using AfterSalesBot.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Handoffs;

/// <summary>
/// Two service instances on one database: the customer talks to one, the agent works on the other. The queue, the
/// agent's ownership and the silence of the bot hold across instances, because all of it lives in the database.
/// </summary>
public sealed class HandoffTwoInstanceTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Channels:TurnHandler"] = "default", ["Handoff:CheckInterval"] = "00:10:00" };

    [Fact]
    public async Task A_customer_queued_on_one_instance_is_taken_and_answered_from_the_other()
    {
        using var database = new TestDatabase();
        using var customerSide = new ChannelsHost(database, settings: Settings);
        using var agentSide = new ChannelsHost(database, settings: Settings);
        var customer = new DirectLineClient(customerSide.CreateClient());
        using var agent = agentSide.CreateClient();
        var key = ApiKeys.Generate();
        await agentSide.Services.GetRequiredService<IApiKeyStore>().AddAsync("agent-key", Roles.Agent, ApiKeys.Hash(key), agentSide.Time.GetUtcNow(), CancellationToken.None);
        agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        await agentSide.Services.GetRequiredService<IHandoffStore>().HeartbeatAsync("zhao", "赵", agentSide.Time.GetUtcNow(), CancellationToken.None);

        var grant = await customer.GetWebChatTokenAsync();
        var started = await customer.StartAsync((string)grant["token"]!);
        var (conversationId, token) = ((string)started["conversationId"]!, (string)started["token"]!);
        (await customer.PostMessageAsync(conversationId, token, "talk to a person", "c-1")).EnsureSuccessStatusCode();
        Assert.Contains("you are number 1 in line", await LastTextAsync(customer, conversationId, token), StringComparison.Ordinal);

        var queue = (await agent.GetFromJsonAsync<JsonArray>(new Uri("/api/handoffs?status=queued", UriKind.Relative)))!;
        var id = (string)queue.Single(h => (string?)h!["conversationId"] == conversationId)!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync(new Uri($"/api/handoffs/{id}/take", UriKind.Relative), null)).StatusCode);
        Assert.Contains("agent-key from our service team has joined", await LastTextAsync(customer, conversationId, token), StringComparison.Ordinal);

        (await customer.PostMessageAsync(conversationId, token, "洗衣机漏水", "c-2")).EnsureSuccessStatusCode();
        Assert.Equal("洗衣机漏水", await LastTextAsync(customer, conversationId, token));
        (await agent.PostAsJsonAsync(new Uri($"/api/handoffs/{id}/messages", UriKind.Relative), new { text = "马上安排" })).EnsureSuccessStatusCode();
        Assert.Equal("马上安排", await LastTextAsync(customer, conversationId, token));

        (await agent.PostAsync(new Uri($"/api/handoffs/{id}/release", UriKind.Relative), null)).EnsureSuccessStatusCode();
        Assert.Contains("individual or a business customer", await LastTextAsync(customer, conversationId, token), StringComparison.Ordinal);
    }

    private static async Task<string?> LastTextAsync(DirectLineClient client, string conversationId, string token)
    {
        var activities = (await client.PollAsync(conversationId, token))["activities"]!.AsArray();
        return (string?)activities.Last(a => (string?)a!["type"] == "message")!["text"];
    }
}
