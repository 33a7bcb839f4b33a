using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Tests.Channels.Support;

namespace AfterSalesBot.Bot.Tests.Channels.DirectLine;

/// <summary>Two instances on one database: a WebSocket open on one sees replies appended through the other.</summary>
public sealed class MultiInstanceStreamTests
{
    [Fact]
    public async Task A_socket_on_one_instance_receives_replies_appended_by_another()
    {
        using var database = new TestDatabase();
        var fastPoll = new Dictionary<string, string?> { ["DirectLine:StreamPollInterval"] = "00:00:00.200" };
        using var first = new ChannelsHost(database, settings: fastPoll);
        var firstUrl = first.StartKestrel();
        using var second = new ChannelsHost(database, settings: fastPoll);
        var viaFirst = new DirectLineClient(new HttpClient { BaseAddress = new Uri(firstUrl) });
        var viaSecond = new DirectLineClient(second.CreateClient());

        var grant = await viaFirst.GetWebChatTokenAsync();
        var started = await viaFirst.StartAsync((string)grant["token"]!);
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), timeout.Token);
        await ReceiveUntilAsync(socket, text => text.StartsWith("Hello", StringComparison.Ordinal), timeout.Token);

        using var posted = await viaSecond.PostMessageAsync((string)started["conversationId"]!, (string)started["token"]!, "sent through the other instance", "m-1");

        Assert.True(posted.IsSuccessStatusCode);
        await ReceiveUntilAsync(socket, text => text == "You said: sent through the other instance", timeout.Token);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    private static async Task ReceiveUntilAsync(ClientWebSocket socket, Func<string, bool> wanted, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, cancellationToken);
                frame.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            Assert.NotEqual(WebSocketMessageType.Close, received.MessageType);
            if (frame.Length == 0)
            {
                continue;
            }

            var set = JsonNode.Parse(Encoding.UTF8.GetString(frame.ToArray()))!;
            if (set["activities"]!.AsArray().Any(activity => (string?)activity!["text"] is { } text && wanted(text)))
            {
                return;
            }
        }
    }
}
