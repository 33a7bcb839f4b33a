using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Tests.Channels.Support;

namespace AfterSalesBot.Bot.Tests.Channels.BotFramework;

/// <summary>/api/messages with an app id configured, against a local OpenID metadata endpoint, test keys and a fake Connector.</summary>
public sealed class BotMessagesAuthTests : IAsyncLifetime
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

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_reply_reaches_the_connector_with_the_bots_token()
    {
        using var response = await PostAsync(Message("msteams", "a:conv/1", "act-1", "hello"), _fakes.ChannelToken(Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (path, authorization, body) = Assert.Single(_fakes.ConnectorRequests);
        Assert.Equal("/v3/conversations/a:conv%2F1/activities/act-1", path);
        Assert.Equal("Bearer " + BotFrameworkFakes.ConnectorToken, authorization);
        Assert.Equal("You said: hello", (string)body["text"]!);
        Assert.Equal("act-1", (string)body["replyToId"]!);
        Assert.Equal("user-1", (string)body["recipient"]!["id"]!);
        Assert.Equal("bot-1", (string)body["from"]!["id"]!);
        Assert.False(body.ContainsKey("id"));
    }

    [Fact]
    public async Task The_bots_token_is_fetched_once_and_reused()
    {
        using var first = await PostAsync(Message("msteams", "c1", "a1", "one"), _fakes.ChannelToken(Now));
        using var second = await PostAsync(Message("msteams", "c1", "a2", "two"), _fakes.ChannelToken(Now));

        Assert.Equal(2, _fakes.ConnectorRequests.Count);
        Assert.Equal(1, _fakes.TokenRequests);
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_skew_is_still_accepted()
    {
        var token = _fakes.ChannelToken(Now, expiresIn: TimeSpan.FromMinutes(1));
        _host.Time.Advance(TimeSpan.FromMinutes(4));

        using var response = await PostAsync(Message("msteams", "c1", "a1", "hi"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> Rejections() =>
    [
        "expired", "wrong audience", "wrong issuer", "unendorsed channel", "serviceUrl mismatch", "missing header", "unknown signing key", "not bearer", "garbage token",
    ];

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task A_bad_credential_is_401_and_nothing_is_recorded(string rejection)
    {
        var activity = Message(rejection == "unendorsed channel" ? "slack" : "msteams", "c1", "a1", "hi");
        var token = rejection switch
        {
            "expired" => _fakes.ChannelToken(Now - TimeSpan.FromHours(2), expiresIn: TimeSpan.FromHours(1)),
            "wrong audience" => _fakes.ChannelToken(Now, audience: "some-other-bot"),
            "wrong issuer" => _fakes.ChannelToken(Now, issuer: "https://evil.example"),
            "serviceUrl mismatch" => _fakes.ChannelToken(Now, serviceUrl: "https://smba.trafficmanager.net/apac/"),
            "unknown signing key" => _fakes.ChannelToken(Now, key: new Microsoft.IdentityModel.Tokens.RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "forged" }),
            "missing header" => null,
            _ => _fakes.ChannelToken(Now),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (rejection == "not bearer")
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Basic " + token);
        }
        else if (rejection == "garbage token")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.jwt");
        }
        else if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Database.TranscriptRows());
        Assert.Empty(_fakes.ConnectorRequests);
    }

    [Fact]
    public async Task A_rotated_in_signing_key_is_fetched_when_a_token_names_it()
    {
        using var warmUp = await PostAsync(Message("msteams", "c1", "a1", "hi"), _fakes.ChannelToken(Now));
        var rotated = _fakes.RotateInKey("channel-key-2", "msteams");
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        using var response = await PostAsync(Message("msteams", "c1", "a2", "again"), _fakes.ChannelToken(Now, key: rotated));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _fakes.JwksRequests);
    }

    [Fact]
    public async Task An_emulator_token_with_the_bots_app_id_is_accepted()
    {
        var activity = Message("emulator", "emu-1", "e1", "hi");
        activity["deliveryMode"] = "expectReplies";

        using var accepted = await PostAsync(activity, _fakes.EmulatorToken(Now));
        using var refused = await PostAsync(Message("emulator", "emu-1", "e2", "hi"), _fakes.EmulatorToken(Now, appId: "another-bot"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_and_posts_nothing()
    {
        var activity = Message("msteams", "c1", "a1", "inline please");
        activity["deliveryMode"] = "expectReplies";

        using var response = await PostAsync(activity, _fakes.ChannelToken(Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("You said: inline please", (string)body["activities"]![0]!["text"]!);
        Assert.Empty(_fakes.ConnectorRequests);
    }

    [Fact]
    public async Task A_redelivered_activity_is_recognised_and_answered_once()
    {
        using var first = await PostAsync(Message("msteams", "c1", "same-id", "hi"), _fakes.ChannelToken(Now));
        using var again = await PostAsync(Message("msteams", "c1", "same-id", "hi"), _fakes.ChannelToken(Now));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(_fakes.ConnectorRequests);
    }

    [Fact]
    public async Task Connector_throttling_and_5xx_are_retried_until_the_reply_is_delivered()
    {
        _fakes.ConnectorFailures.Enqueue(HttpStatusCode.TooManyRequests);
        _fakes.ConnectorFailures.Enqueue(HttpStatusCode.ServiceUnavailable);

        using var response = await PostAsync(Message("msteams", "c1", "a1", "persist"), _fakes.ChannelToken(Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _fakes.ConnectorRequests.Count);
    }

    [Fact]
    public async Task A_service_url_outside_the_allow_list_is_refused_before_anything_is_recorded()
    {
        var activity = Message("msteams", "c1", "a1", "hi");
        activity["serviceUrl"] = "https://attacker.example/";

        using var response = await PostAsync(activity, _fakes.ChannelToken(Now, serviceUrl: "https://attacker.example/"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _host.Database.TranscriptRows());
        Assert.Empty(_fakes.ConnectorRequests);
    }

    private DateTimeOffset Now => _host.Time.GetUtcNow();

    private JsonObject Message(string channelId, string conversationId, string id, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-22T08:30:12.345Z",
        ["serviceUrl"] = _fakes.ServiceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Wang Li" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "AfterSalesBot" },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    private Task<HttpResponseMessage> PostAsync(JsonObject activity, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _client.SendAsync(request);
    }
}
