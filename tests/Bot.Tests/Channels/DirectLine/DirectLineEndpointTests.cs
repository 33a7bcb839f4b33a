using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Tests.Channels.Support;

namespace AfterSalesBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineEndpointTests : IDisposable
{
    private readonly ChannelsHost _host = new();
    private readonly DirectLineClient _client;

    public DirectLineEndpointTests() => _client = new DirectLineClient(_host.CreateClient());

    [Fact]
    public async Task Starting_a_conversation_greets_the_customer_in_their_locale()
    {
        var grant = await _client.GetWebChatTokenAsync();
        var started = await _client.StartAsync((string)grant["token"]!, locale: "zh-CN");

        var conversationId = (string)started["conversationId"]!;
        Assert.Equal((string)grant["conversationId"]!, conversationId);
        Assert.StartsWith("ws://", (string)started["streamUrl"]!, StringComparison.Ordinal);
        Assert.Contains("t=", (string)started["streamUrl"]!, StringComparison.Ordinal);
        var set = await _client.PollAsync(conversationId, (string)started["token"]!);
        var greeting = Assert.Single(set["activities"]!.AsArray());
        Assert.Contains("您好", (string)greeting!["text"]!, StringComparison.Ordinal);
        Assert.Equal("bot", (string)greeting["from"]!["role"]!);
    }

    [Fact]
    public async Task Posted_message_returns_200_with_id_and_the_echo_comes_before_the_reply()
    {
        var (conversationId, token, userId) = await StartAsync();

        using var posted = await _client.PostMessageAsync(conversationId, token, "hello", "client-1");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (string)(await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        Assert.StartsWith(conversationId + "|", id, StringComparison.Ordinal);
        var activities = (await _client.PollAsync(conversationId, token))["activities"]!.AsArray();
        Assert.Equal(3, activities.Count);
        var echo = activities[1]!;
        Assert.Equal(id, (string)echo["id"]!);
        Assert.Equal("client-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal(userId, (string)echo["from"]!["id"]!);
        Assert.Equal("You said: hello", (string)activities[2]!["text"]!);
        Assert.Equal(id, (string)activities[2]!["replyToId"]!);
    }

    [Fact]
    public async Task A_forged_from_id_is_replaced_by_the_tokens_user()
    {
        var (conversationId, token, userId) = await StartAsync();

        using var posted = await _client.PostMessageAsync(conversationId, token, "hi", "c-9", fromId: "someone-else");

        // Sequence 1 is the conversationUpdate and 2 the greeting, so the echo is the first entry after watermark 2.
        var echo = (await _client.PollAsync(conversationId, token, "2"))["activities"]![0]!;
        Assert.Equal(userId, (string)echo["from"]!["id"]!);
        Assert.Equal("directline", (string)echo["channelId"]!);
    }

    [Fact]
    public async Task Watermark_returns_only_what_is_new()
    {
        var (conversationId, token, _) = await StartAsync();
        var first = await _client.PollAsync(conversationId, token);
        var watermark = (string)first["watermark"]!;

        using var posted = await _client.PostMessageAsync(conversationId, token, "second", "c-2");
        var next = await _client.PollAsync(conversationId, token, watermark);

        Assert.Equal(["second", "You said: second"], next["activities"]!.AsArray().Select(activity => (string)activity!["text"]!));
        var unchanged = await _client.PollAsync(conversationId, token, (string)next["watermark"]!);
        Assert.Empty(unchanged["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_resent_message_with_the_same_client_activity_id_is_answered_once()
    {
        var (conversationId, token, _) = await StartAsync();

        using var first = await _client.PostMessageAsync(conversationId, token, "once", "same-id");
        using var again = await _client.PostMessageAsync(conversationId, token, "once", "same-id");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(
            (string)(await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!,
            (string)(await again.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
        var texts = (await _client.PollAsync(conversationId, token))["activities"]!.AsArray().Select(a => (string?)a!["text"]).ToList();
        Assert.Single(texts, text => text == "You said: once");
    }

    [Fact]
    public async Task A_token_for_one_conversation_gets_403_on_another()
    {
        var (conversationA, tokenA, _) = await StartAsync();
        var (conversationB, _, _) = await StartAsync();

        using var poll = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationB}/activities?watermark=", tokenA);
        using var post = await _client.PostMessageAsync(conversationB, tokenA, "intrude", "x-1");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationB}", tokenA);

        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.DoesNotContain(_host.Database.StoredActivities(), json => json.Contains("intrude", StringComparison.Ordinal));
        Assert.NotEqual(conversationA, conversationB);
    }

    [Fact]
    public async Task An_expired_token_gets_403_and_a_refreshed_one_works()
    {
        var (conversationId, token, _) = await StartAsync();
        using var refreshed = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(conversationId, (string)body["conversationId"]!);

        _host.Time.Advance(TimeSpan.FromMinutes(20));
        var newToken = await RefreshAsync((string)body["token"]!);
        _host.Time.Advance(TimeSpan.FromMinutes(20));

        using var expired = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=", token);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.NotEmpty((await _client.PollAsync(conversationId, newToken))["activities"]!.AsArray());
    }

    [Fact]
    public async Task Generate_needs_the_secret_and_binds_the_requested_user()
    {
        using var refused = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");
        using var granted = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", ChannelsHost.DirectLineSecret, new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_customer-7" } });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var token = (string)(await granted.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
        var started = await _client.StartAsync(token);
        using var posted = await _client.PostMessageAsync((string)started["conversationId"]!, token, "hi", "g-1");
        var echo = (await _client.PollAsync((string)started["conversationId"]!, token, "2"))["activities"]![0]!;
        Assert.Equal("dl_customer-7", (string)echo["from"]!["id"]!);
    }

    [Fact]
    public async Task Starting_twice_answers_200_and_greets_once()
    {
        var grant = await _client.GetWebChatTokenAsync();
        var token = (string)grant["token"]!;
        await _client.StartAsync(token);

        using var again = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, new JsonObject());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single((await _client.PollAsync((string)grant["conversationId"]!, token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task Reconnect_hands_out_a_fresh_token_and_a_stream_url_with_the_watermark()
    {
        var (conversationId, token, _) = await StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains("watermark=1", (string)body["streamUrl"]!, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
    }

    [Fact]
    public async Task Unknown_conversation_is_404_so_the_client_ends_instead_of_retrying()
    {
        using var generated = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", ChannelsHost.DirectLineSecret);
        var body = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;

        using var poll = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{(string)body["conversationId"]!}/activities", (string)body["token"]!);

        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
    }

    [Fact]
    public async Task A_poll_during_a_storage_outage_is_200_with_nothing_new_never_5xx()
    {
        var stores = new InMemoryConversationStores(TimeProvider.System);
        using var host = new ChannelsHost(storesInsteadOfDatabase: stores);
        var client = new DirectLineClient(host.CreateClient());
        var grant = await client.GetWebChatTokenAsync();
        var started = await client.StartAsync((string)grant["token"]!);
        var (conversationId, token) = ((string)started["conversationId"]!, (string)started["token"]!);
        stores.FailReadsWith = new InvalidOperationException("database is down");

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=4", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Empty(body["activities"]!.AsArray());
        Assert.Equal("4", (string)body["watermark"]!);
    }

    [Fact]
    public async Task Missing_credentials_are_401()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _host.Dispose();

    private async Task<string> RefreshAsync(string token)
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
    }

    private async Task<(string ConversationId, string Token, string UserId)> StartAsync()
    {
        var grant = await _client.GetWebChatTokenAsync();
        var started = await _client.StartAsync((string)grant["token"]!);
        return ((string)started["conversationId"]!, (string)started["token"]!, (string)grant["userId"]!);
    }
}
