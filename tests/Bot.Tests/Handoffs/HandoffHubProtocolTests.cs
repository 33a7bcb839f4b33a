using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Handoffs;

/// <summary>
/// The Bot Framework hand-off protocol (protocol.md §6) on /api/messages against a fake Connector: handoff.initiate with
/// the transcript attached goes out, and the contact centre's handoff.status events accept, then complete it.
/// </summary>
public sealed class HandoffHubProtocolTests : IAsyncLifetime
{

    private BotFrameworkFakes _fakes = null!;
    private ChannelsHost _host = null!;
    private HttpClient _client = null!;
    private int _sequence;

    private DateTimeOffset Now => _host.Time.GetUtcNow();

    public async Task InitializeAsync()
    {
        _fakes = await BotFrameworkFakes.StartAsync();
        var settings = _fakes.BotSettings();
        settings["Channels:TurnHandler"] = "default";
        settings["Handoff:EmitHandoffInitiate"] = "true";
        _host = new ChannelsHost(settings: settings);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _fakes.DisposeAsync();
    }

    [Fact]
    public async Task A_contact_centre_gets_handoff_initiate_with_the_transcript_and_its_handoff_status_events_drive_the_handoff()
    {
        var conversation = new ConversationRef("msteams", "hub-1");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Message("hello"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Message("talk to a person"))).StatusCode);

        var initiate = _fakes.ConnectorRequests.Select(r => r.Body).Single(b => (string?)b["name"] == "handoff.initiate");
        Assert.Equal("event", (string?)initiate["type"]);
        Assert.Equal("hub-1", (string?)initiate["conversation"]!["id"]);
        Assert.Equal(HandoffReasons.CustomerRequest, (string?)initiate["value"]!["reason"]);
        var attachment = initiate["attachments"]![0]!;
        Assert.Equal(("application/json", "Transcript"), ((string?)attachment["contentType"], (string?)attachment["name"]));
        Assert.Contains(attachment["content"]!["activities"]!.AsArray(), a => (string?)a!["text"] == "talk to a person");
        var store = _host.Services.GetRequiredService<IHandoffStore>();
        var handoff = (await store.FindOpenAsync(conversation, CancellationToken.None))!;
        Assert.Equal(HandoffStatuses.Queued, handoff.Status);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Status("accepted"))).StatusCode);
        Assert.Equal(HandoffStatuses.Active, (await store.GetAsync(handoff.Id, CancellationToken.None))!.Status);
        var before = _fakes.ConnectorRequests.Count;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Message("my washing machine leaks"))).StatusCode);
        Assert.Equal(before, _fakes.ConnectorRequests.Count(r => (string?)r.Body["type"] != "typing"));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Status("completed"))).StatusCode);
        Assert.Equal(HandoffStatuses.Released, (await store.GetAsync(handoff.Id, CancellationToken.None))!.Status);
        Assert.Contains(_fakes.ConnectorRequests, r => ((string?)r.Body["text"])?.Contains("handed you back", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_handoff_status_without_an_open_handoff_is_accepted_and_ignored()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Status("completed"))).StatusCode);
    }

    private JsonObject Message(string text) => Activity("message", text, null);

    private JsonObject Status(string state)
    {
        var activity = Activity("event", null, new JsonObject { ["state"] = state });
        activity["name"] = "handoff.status";
        return activity;
    }

    private JsonObject Activity(string type, string? text, JsonNode? value) => new()
    {
        ["type"] = type,
        ["id"] = $"hub-{++_sequence}",
        ["timestamp"] = Now.ToString("O"),
        ["serviceUrl"] = _fakes.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Wang Li" },
        ["conversation"] = new JsonObject { ["id"] = "hub-1" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "AfterSalesBot" },
        ["text"] = text,
        ["value"] = value,
        ["locale"] = "en-US",
    };

    private Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _fakes.ChannelToken(Now));
        return _client.SendAsync(request);
    }
}
