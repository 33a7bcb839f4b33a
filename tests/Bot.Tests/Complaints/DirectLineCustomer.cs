using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Tests.Channels.Support;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Complaints;

/// <summary>A customer on Direct Line (the Web Chat token path): says something, reads what the bot said since, and logs the transcript.</summary>
public sealed class DirectLineCustomer
{
    private readonly DirectLineClient _client;
    private readonly ITestOutputHelper _output;
    private string _watermark = string.Empty;
    private int _sent;

    private readonly string _locale;

    private DirectLineCustomer(DirectLineClient client, ITestOutputHelper output, string conversationId, string token, string userId, string locale)
    {
        _locale = locale;
        _client = client;
        _output = output;
        ConversationId = conversationId;
        Token = token;
        UserId = userId;
    }

    public string ConversationId { get; }

    /// <summary>
    /// What the customer's calls carry after the start: the Direct Line secret, because the tests shift the clock by
    /// days and a conversation token would have expired (a returning Web Chat user gets a fresh token).
    /// </summary>
    public string Token { get; }

    public string UserId { get; }

    public static async Task<DirectLineCustomer> StartAsync(DirectLineClient client, ITestOutputHelper output, string locale)
    {
        var grant = await client.GetWebChatTokenAsync();
        var started = await client.StartAsync((string)grant["token"]!, locale);
        var customer = new DirectLineCustomer(client, output, (string)started["conversationId"]!, ChannelsHost.DirectLineSecret, (string)grant["userId"]!, locale);
        await customer.ReadAsync();
        return customer;
    }

    /// <summary>Posts <paramref name="text"/> and returns the bot's messages after it, joined by newlines.</summary>
    public async Task<string> SayAsync(string text)
    {
        _output.WriteLine($"customer: {text}");
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["channelData"] = new JsonObject { ["clientActivityID"] = $"c-{++_sent}" },
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = UserId, ["role"] = "user" },
            ["locale"] = _locale,
        };
        using var posted = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", Token, activity);
        posted.EnsureSuccessStatusCode();
        return await ReadAsync();
    }

    /// <summary>The bot's messages since the last read (e.g. a question it sent on its own).</summary>
    public async Task<string> ReadAsync()
    {
        var set = await _client.PollAsync(ConversationId, Token, _watermark);
        _watermark = (string?)set["watermark"] ?? _watermark;
        var texts = set["activities"]!.AsArray()
            .Where(a => (string?)a!["from"]?["role"] == "bot" && (string?)a["type"] == "message")
            .Select(a => (string?)a!["text"] ?? string.Empty)
            .ToList();
        foreach (var text in texts)
        {
            _output.WriteLine($"bot: {text.Replace("\n", " / ", StringComparison.Ordinal)}");
        }

        return string.Join("\n", texts);
    }

    /// <summary>The suggested-action titles of the last bot message in the transcript.</summary>
    public async Task<IReadOnlyList<string>> LastButtonsAsync()
    {
        var set = await _client.PollAsync(ConversationId, Token);
        var last = set["activities"]!.AsArray().Last(a => (string?)a!["from"]?["role"] == "bot");
        return [.. (last!["suggestedActions"]?["actions"]?.AsArray() ?? new JsonArray()).Select(a => (string)a!["title"]!)];
    }
}
