using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.FollowUps;
using AfterSalesBot.Bot.Invitations;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.ServiceEvents;
using AfterSalesBot.Domain.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>
/// The loop end to end on the real service: a completed service comes in through the API, the invitation reaches the
/// customer's Web Chat conversation over Direct Line (or a Bot Framework channel through a fake Connector), the survey
/// runs there, and low scores / "yes, call me" become call-back tasks.
/// </summary>
public sealed class ProactiveInvitationTests(ITestOutputHelper output)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_web_chat_customer_is_invited_in_their_conversation_answers_there_and_low_scores_become_call_backs()
    {
        using var host = LoopHost.Create();
        var directLine = new DirectLineClient(host.CreateClient());
        var grant = await directLine.GetWebChatTokenAsync();
        var token = (string)grant["token"]!;
        var conversationId = (string)(await directLine.StartAsync(token))["conversationId"]!;
        using var crm = await LoopHost.ApiClientAsync(host, "agent");

        using var created = await crm.PostAsJsonAsync("/api/service-events", new
        {
            eventId = "CHAT-1", customerId = "C20261122-0001", serviceStage = "pre-sales", channel = "chat", team = "online",
            completedAt = host.Time.GetUtcNow().ToString("O"), conversation = $"directline:{conversationId}", locale = "en-US",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var invitationId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["invitationId"]!.GetValue<Guid>();
        var run = await host.Services.GetRequiredService<InvitationScheduler>().RunOnceAsync(host.Time.GetUtcNow(), None);

        var invited = await BotTextsAsync(directLine, conversationId, token);
        Assert.Equal(1, run.Invited);
        Assert.Contains(invited, t => t.Contains("May we have 2 minutes", StringComparison.Ordinal) && t.Contains("individual", StringComparison.OrdinalIgnoreCase));

        var i = 0;
        foreach (var answer in new[] { "1", "air conditioner", "skip", "2", "2", "3", "4", "4", "slow to answer", "call me back sooner", "yes" })
        {
            using var posted = await directLine.PostMessageAsync(conversationId, token, answer, $"c{i++}");
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        var texts = await BotTextsAsync(directLine, conversationId, token);
        foreach (var text in texts)
        {
            output.WriteLine("bot: " + text);
        }

        var response = await host.Services.GetRequiredService<ISurveyResponseStore>().GetResponseAsync(invitationId, None);
        Assert.NotNull(response);
        Assert.True(response.Finished);
        Assert.Equal("C20261122-0001", response.CustomerId);
        Assert.Equal(2m, response.Answers.Single(a => a.QuestionId == "speed").Value.Number);

        await host.Services.GetRequiredService<FollowUpSweep>().RunOnceAsync(host.Time.GetUtcNow(), None);
        var tasks = await host.Services.GetRequiredService<ICallbackTaskStore>().ListAsync(new CallbackQuery(null, null, null), None);
        var mine = tasks.Where(t => t.ResponseId == invitationId).OrderBy(t => t.Source, StringComparer.Ordinal).ToList();
        Assert.Equal([CallbackSources.CallbackRequested, CallbackSources.LowScore], mine.Select(t => t.Source));
        Assert.All(mine, t => Assert.Equal(new ConversationRef("directline", conversationId), t.Conversation));
        Assert.All(mine, t => Assert.InRange(t.DueAt - host.Time.GetUtcNow(), TimeSpan.FromHours(23), TimeSpan.FromHours(24)));

        // Answered: the reminder two days later is not sent, and the response rate counts it.
        var transcript = host.Services.GetRequiredService<ITranscriptStore>();
        var before = (await transcript.ReadAfterAsync(new ConversationRef("directline", conversationId), 0, 1000, None)).Count;
        host.Time.Advance(TimeSpan.FromDays(3));
        var later = await host.Services.GetRequiredService<InvitationScheduler>().RunOnceAsync(host.Time.GetUtcNow(), None);
        Assert.Equal(0, later.Reminded);
        Assert.Equal(before, (await transcript.ReadAfterAsync(new ConversationRef("directline", conversationId), 0, 1000, None)).Count);
        using var analyst = await LoopHost.ApiClientAsync(host, "analyst");
        var rates = (await analyst.GetFromJsonAsync<JsonObject>("/api/invitations/response-rates"))!;
        Assert.Equal((1, 1, true), ((int)rates["sent"]!, (int)rates["responded"]!, (bool)rates["meetsTarget"]!));
    }

    [Fact]
    public async Task A_bot_framework_customer_is_invited_through_the_connector_and_the_survey_continues_there()
    {
        await using var fakes = await BotFrameworkFakes.StartAsync();
        using var host = LoopHost.Create(fakes.BotSettings());
        using var client = host.CreateClient();
        using var hello = await PostActivityAsync(client, fakes, host, Message(fakes, "teams-conv-1", "a1", "hello"));
        Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        fakes.ConnectorRequests.Clear();

        var saved = await host.Services.GetRequiredService<ServiceEventIntake>().AcceptAsync(
            new ServiceEventFields
            {
                CustomerId = "C20261122-0002", ServiceStage = "repair", Channel = "chat", CompletedAt = host.Time.GetUtcNow().ToString("O"),
                Conversation = "msteams:teams-conv-1", Locale = "en-US",
            },
            host.Time.GetUtcNow(),
            None);
        await host.Services.GetRequiredService<InvitationScheduler>().RunOnceAsync(host.Time.GetUtcNow(), None);

        var (path, _, invitation) = Assert.Single(fakes.ConnectorRequests);
        Assert.Equal("/v3/conversations/teams-conv-1/activities", path);
        Assert.Contains("May we have 2 minutes", (string)invitation["text"]!, StringComparison.Ordinal);
        Assert.Equal("user-1", (string)invitation["recipient"]!["id"]!);
        fakes.ConnectorRequests.Clear();

        using var answer = await PostActivityAsync(client, fakes, host, Message(fakes, "teams-conv-1", "a2", "2"));
        var (_, _, next) = Assert.Single(fakes.ConnectorRequests);
        Assert.Contains("product", (string)next["text"]!, StringComparison.OrdinalIgnoreCase);
        var response = await host.Services.GetRequiredService<ISurveyResponseStore>().GetResponseAsync(saved.Saved!.InvitationId!.Value, None);
        Assert.Equal("business", response!.Answers.Single(a => a.QuestionId == "customerType").Value.Text);
    }

    private static async Task<List<string>> BotTextsAsync(DirectLineClient client, string conversationId, string token)
    {
        var set = await client.PollAsync(conversationId, token);
        return [.. set["activities"]!.AsArray().Where(a => (string?)a!["from"]!["role"] == "bot" || ((string?)a!["from"]!["id"])?.StartsWith("dl_", StringComparison.Ordinal) == false)
            .Select(a => (string?)a!["text"]).OfType<string>()];
    }

    private static JsonObject Message(BotFrameworkFakes fakes, string conversationId, string id, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-22T08:30:12.345Z",
        ["serviceUrl"] = fakes.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Wang Li" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "AfterSalesBot" },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    private static Task<HttpResponseMessage> PostActivityAsync(HttpClient client, BotFrameworkFakes fakes, ChannelsHost host, JsonObject activity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fakes.ChannelToken(host.Time.GetUtcNow()));
        return client.SendAsync(request);
    }
}
