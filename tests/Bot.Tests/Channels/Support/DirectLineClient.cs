using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AfterSalesBot.Bot.Tests.Channels.Support;

/// <summary>A thin raw-HTTP Direct Line client for endpoint tests (the conformance tests use the real DirectLineJS).</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<JsonObject> GetWebChatTokenAsync()
    {
        using var response = await Http.PostAsync("/api/webchat/token", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Http.SendAsync(request);
    }

    /// <summary>Starts a conversation the way Web Chat does and returns the start response.</summary>
    public async Task<JsonObject> StartAsync(string token, string locale = "en-US")
    {
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, new JsonObject { ["user"] = new JsonObject(), ["locale"] = locale });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonObject> PollAsync(string conversationId, string token, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Posts what Web Chat posts for a typed message.</summary>
    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string token, string text, string clientActivityId, string fromId = "r_forged")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["attachments"] = new JsonArray(),
            ["channelData"] = new JsonObject { ["attachmentSizes"] = new JsonArray(), ["clientActivityID"] = clientActivityId },
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "", ["role"] = "user" },
            ["locale"] = "en-US",
            ["localTimestamp"] = "2026-11-22T16:30:01.234+08:00",
            ["localTimezone"] = "Asia/Shanghai",
        };
        return SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity);
    }
}
