using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Tests.Channels.Support;

namespace AfterSalesBot.Bot.Tests.Channels;

/// <summary>What clients get wrong ends in a 4xx, never a 5xx, and nothing reaches the transcript.</summary>
public sealed class BadInputTests : IDisposable
{
    private const int Limit = 4096;

    private readonly ChannelsHost _host = new(settings: new Dictionary<string, string?> { ["Channels:MaxActivityBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    private readonly HttpClient _client;

    public BadInputTests() => _client = _host.CreateClient();

    public static TheoryData<string, string, HttpStatusCode> BadBodies() => new()
    {
        { "malformed json", "{\"type\":\"message\",", HttpStatusCode.BadRequest },
        { "not an object", "[1,2,3]", HttpStatusCode.BadRequest },
        { "json null", "null", HttpStatusCode.BadRequest },
        { "empty body", "", HttpStatusCode.BadRequest },
        { "wrong field type", "{\"type\":\"message\",\"membersAdded\":5,\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\"}", HttpStatusCode.BadRequest },
        { "unknown activity type", "{\"type\":\"definitelyNotAType\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"serviceUrl\":\"http://localhost/\"}", HttpStatusCode.BadRequest },
        { "no type", "{\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"serviceUrl\":\"http://localhost/\"}", HttpStatusCode.BadRequest },
        { "missing conversation", "{\"type\":\"message\",\"text\":\"hi\",\"channelId\":\"test\",\"serviceUrl\":\"http://localhost/\"}", HttpStatusCode.BadRequest },
        { "missing channelId", "{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://localhost/\"}", HttpStatusCode.BadRequest },
        { "oversized", "{\"type\":\"message\",\"text\":\"" + new string('x', Limit) + "\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\"}", HttpStatusCode.RequestEntityTooLarge },
        { "deeply nested", "{\"type\":\"message\",\"value\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_activity_on_api_messages_is_4xx_and_nothing_is_written(string why, string body, HttpStatusCode expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.True(expected == response.StatusCode, $"{why}: got {(int)response.StatusCode}");
        Assert.Equal(0, _host.Database.TranscriptRows());
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_activity_on_direct_line_is_4xx_and_nothing_more_is_written(string why, string body, HttpStatusCode expected)
    {
        var directLine = new DirectLineClient(_client);
        var grant = await directLine.GetWebChatTokenAsync();
        var started = await directLine.StartAsync((string)grant["token"]!);
        var before = _host.Database.TranscriptRows();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{(string)started["conversationId"]!}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)started["token"]!);

        using var response = await _client.SendAsync(request);

        // Direct Line fills in conversation and channelId itself, so only the body's own faults count there.
        var expectedHere = why is "missing conversation" or "missing channelId" ? HttpStatusCode.OK : expected;
        Assert.True(expectedHere == response.StatusCode, $"{why}: got {(int)response.StatusCode}");
        if (expectedHere != HttpStatusCode.OK)
        {
            Assert.Equal(before, _host.Database.TranscriptRows());
        }
    }

    [Fact]
    public async Task Unauthenticated_requests_are_accepted_in_development_mode()
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "dev-1",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://localhost:5000/",
            ["conversation"] = new JsonObject { ["id"] = "dev-conv" },
            ["from"] = new JsonObject { ["id"] = "u" },
            ["recipient"] = new JsonObject { ["id"] = "b" },
            ["text"] = "你好",
            ["locale"] = "zh-CN",
            ["deliveryMode"] = "expectReplies",
        };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("您说：你好", (string)body["activities"]![0]!["text"]!);
    }

    [Fact]
    public async Task Get_on_api_messages_is_405()
    {
        using var response = await _client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
