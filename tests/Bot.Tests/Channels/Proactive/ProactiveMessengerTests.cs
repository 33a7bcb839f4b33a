using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Channels.Proactive;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Domain.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Channels.Proactive;

/// <summary>Messages sent without a customer turn reach Web Chat through Direct Line and Bot Framework channels through the Connector.</summary>
public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private BotFrameworkFakes _fakes = null!;
    private ChannelsHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _fakes = await BotFrameworkFakes.StartAsync();
        _host = new ChannelsHost(settings: _fakes.BotSettings());
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _fakes.DisposeAsync();
    }

    private IProactiveMessenger Messenger => _host.Services.GetRequiredService<IProactiveMessenger>();

    [Fact]
    public async Task A_proactive_message_reaches_a_direct_line_client_after_its_watermark_in_the_conversations_locale()
    {
        var directLine = new DirectLineClient(_client);
        var token = (string)(await directLine.GetWebChatTokenAsync())["token"]!;
        var conversationId = (string)(await directLine.StartAsync(token, "zh-CN"))["conversationId"]!;
        var before = await directLine.PollAsync(conversationId, token);

        var sequence = await Messenger.SendAsync(new ConversationRef("directline", conversationId), Activity.CreateMessage("您好，我是客服小王。"), CancellationToken.None);

        var after = await directLine.PollAsync(conversationId, token, (string)before["watermark"]!);
        var message = Assert.Single(after["activities"]!.AsArray());
        Assert.Equal("您好，我是客服小王。", (string)message!["text"]!);
        Assert.Equal("bot", (string)message["from"]!["role"]!);
        Assert.Equal("zh-CN", (string)message["locale"]!);
        Assert.Equal(sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)after["watermark"]!);
    }

    [Fact]
    public async Task A_sender_set_by_the_caller_is_kept()
    {
        var directLine = new DirectLineClient(_client);
        var token = (string)(await directLine.GetWebChatTokenAsync())["token"]!;
        var conversationId = (string)(await directLine.StartAsync(token))["conversationId"]!;
        var activity = Activity.CreateMessage("Hi, this is Li Na.");
        activity.From = new ChannelAccount { Id = "agent:li.na", Name = "Li Na", Role = RoleTypes.Bot };

        await Messenger.SendAsync(new ConversationRef("directline", conversationId), activity, CancellationToken.None);

        var message = (await directLine.PollAsync(conversationId, token))["activities"]!.AsArray().Last()!;
        Assert.Equal(("agent:li.na", "Li Na"), ((string)message["from"]!["id"]!, (string)message["from"]!["name"]!));
    }

    [Fact]
    public async Task A_bot_framework_conversation_gets_the_message_through_the_connector_and_on_record()
    {
        var incoming = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "a1",
            ["serviceUrl"] = _fakes.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Wang Li" },
            ["conversation"] = new JsonObject { ["id"] = "teams-conv-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "AfterSalesBot" },
            ["text"] = "hi",
            ["locale"] = "en-US",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(incoming) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _fakes.ChannelToken(_host.Time.GetUtcNow()));
        using var response = await _client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        _fakes.ConnectorRequests.Clear();

        var conversation = new ConversationRef("msteams", "teams-conv-1");
        await Messenger.SendAsync(conversation, Activity.CreateMessage("How did we do? Reply 1-5."), CancellationToken.None);

        var (path, _, body) = Assert.Single(_fakes.ConnectorRequests);
        Assert.Equal("/v3/conversations/teams-conv-1/activities", path);
        Assert.Equal("How did we do? Reply 1-5.", (string)body["text"]!);
        Assert.Equal("user-1", (string)body["recipient"]!["id"]!);
        var transcript = await _host.Services.GetRequiredService<ITranscriptStore>().ReadAfterAsync(conversation, 0, 100, CancellationToken.None);
        Assert.Contains(transcript, e => e.ActivityJson.Contains("How did we do?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_conversation_is_refused()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            Messenger.SendAsync(new ConversationRef("directline", "never-started"), Activity.CreateMessage("hello?"), CancellationToken.None));
    }
}
