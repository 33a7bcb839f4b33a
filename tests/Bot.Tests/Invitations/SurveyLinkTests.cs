using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Invitations;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.ServiceEvents;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>Customers without a conversation get a personal link through the outbox: it opens Web Chat with the survey once, and not after it expired.</summary>
public sealed class SurveyLinkTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_survey_link_opens_the_invited_survey_in_web_chat_once()
    {
        using var host = LoopHost.Create();
        var link = await InviteByLinkAsync(host, "C20261122-0101");
        using var client = host.CreateClient();

        using var first = await RedeemAsync(client, TokenOf(link));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var grant = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        var directLine = new DirectLineClient(client);
        using var joined = await directLine.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)grant["token"]!, new JsonObject { ["locale"] = "en-US" });
        var activities = (await directLine.PollAsync((string)grant["conversationId"]!, (string)grant["token"]!))["activities"]!.AsArray();
        using var again = await RedeemAsync(client, TokenOf(link));

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        var opening = Assert.Single(activities);
        Assert.Contains("A few short questions", (string)opening!["text"]!, StringComparison.Ordinal);
        Assert.Contains("individual", (string)opening["text"]!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal("used", (string)(await again.Content.ReadFromJsonAsync<JsonObject>())!["title"]!);
    }

    [Fact]
    public async Task A_survey_link_stops_working_when_it_expires_and_a_forged_one_never_works()
    {
        using var host = LoopHost.Create(new Dictionary<string, string?> { ["Invitations:LinkLifetime"] = "7.00:00:00" });
        var link = await InviteByLinkAsync(host, "C20261122-0102");
        using var client = host.CreateClient();
        var token = TokenOf(link);
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        host.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        using var expired = await RedeemAsync(client, token);
        using var bad = await RedeemAsync(client, forged);

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("expired", (string)(await expired.Content.ReadFromJsonAsync<JsonObject>())!["title"]!);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    /// <summary>A hotline service three days ago, the scheduler run, and the link the outbox holds for the customer.</summary>
    internal static async Task<string> InviteByLinkAsync(ChannelsHost host, string customerId)
    {
        var now = host.Time.GetUtcNow();
        var saved = await host.Services.GetRequiredService<ServiceEventIntake>().AcceptAsync(
            new ServiceEventFields
            {
                CustomerId = customerId, ServiceStage = "repair", Channel = "hotline", ContactRoute = "sms", Contact = "+86 139 0000 0000",
                CompletedAt = (now - TimeSpan.FromDays(3)).ToString("O"), Locale = "en-US",
            },
            now,
            None);
        Assert.Empty(saved.Errors);
        var run = await host.Services.GetRequiredService<InvitationScheduler>().RunOnceAsync(now, None);
        Assert.Equal(1, run.Invited);
        var message = Assert.Single(await host.Services.GetRequiredService<IOutboxStore>().PendingAsync(10, None));
        Assert.Equal(customerId, message.CustomerId);
        Assert.Contains(message.Link!, message.Body, StringComparison.Ordinal);
        return message.Link!;
    }

    internal static string TokenOf(string link) => link[(link.IndexOf("invitation=", StringComparison.Ordinal) + "invitation=".Length)..];

    private static Task<HttpResponseMessage> RedeemAsync(HttpClient client, string token) =>
        client.PostAsJsonAsync("/api/invitations/redeem", new { token });
}
