using AfterSalesBot.Bot.Tests.Channels.Support;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// The real botframework-directlinejs (0.15.5, the version inside Web Chat 4.18.1) from npm, in Node, against
/// the service on a real Kestrel socket on 127.0.0.1.
/// </summary>
public sealed class DirectLineJsConformanceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task DirectLineJs_starts_posts_and_receives_echo_then_reply(string scenario)
    {
        using var host = new ChannelsHost();
        var baseUrl = host.StartKestrel();

        var result = await NodeScript.RunAsync(scenario, new { baseUrl }, output);

        Assert.Equal((string)result["postedId"]!, (string)result["echoId"]!);
        Assert.Equal((string)result["userId"]!, (string)result["echoFrom"]!);
        Assert.Equal("You said: hello there", (string)result["replyText"]!);
        Assert.True((bool)result["echoBeforeReply"]!);
    }

    [Fact]
    public async Task DirectLineJs_refreshes_its_token_and_keeps_talking()
    {
        using var host = new ChannelsHost();
        var baseUrl = host.StartKestrel();

        var result = await NodeScript.RunAsync("refresh", new { baseUrl }, output);

        Assert.True((bool)result["refreshed"]!);
    }

    [Fact]
    public async Task DirectLineJs_with_a_token_for_another_conversation_is_refused()
    {
        using var host = new ChannelsHost();
        var baseUrl = host.StartKestrel();

        var result = await NodeScript.RunAsync("cross-conversation", new { baseUrl }, output);

        Assert.True((bool)result["sawExpiredToken"]!, $"statuses: {result["statuses"]}");
        Assert.NotEqual("posted", (string)result["posted"]!);
        Assert.DoesNotContain(host.Database.StoredActivities(), json => json.Contains("intrusion", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DirectLineJs_resumes_by_watermark_after_a_service_restart_and_loses_nothing(bool webSocket)
    {
        using var database = new TestDatabase();
        Dictionary<string, object?> before;
        using (var first = new ChannelsHost(database))
        {
            var result = await NodeScript.RunAsync("resume-before", new { baseUrl = first.StartKestrel(), webSocket }, output);
            before = result.ToDictionary(pair => pair.Key, pair => (object?)(string?)pair.Value);
        }

        using var second = new ChannelsHost(database);
        var after = await NodeScript.RunAsync(
            "resume-after",
            new { baseUrl = second.StartKestrel(), webSocket, conversationId = before["conversationId"], token = before["token"], watermark = before["watermark"], userId = before["userId"], postedId = before["postedId"] },
            output);

        Assert.Equal("You said: before restart", (string)after["missedText"]!);
        Assert.Equal("You said: after restart", (string)after["replyText"]!);
        Assert.DoesNotContain(after["texts"]!.AsArray(), text => ((string?)text)?.StartsWith("Hello", StringComparison.Ordinal) == true);
    }
}
