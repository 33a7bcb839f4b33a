using System.Net.WebSockets;
using System.Text.Json;
using AfterSalesBot.Domain.Conversations;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket on <c>streamUrl</c>: text frames holding activity sets. On connect it replays everything
/// after the URL's watermark (the greeting sent before the socket opened included), then sends what the
/// transcript gains (woken in-process, and re-read every <see cref="DirectLineOptions.StreamPollInterval"/>
/// for appends by other instances) and ephemeral typing. Frames from the client are keep-alives and ignored.
/// </summary>
public static partial class DirectLineStream
{
    public static async Task AcceptAsync(
        string conversationId,
        string? t,
        string? watermark,
        HttpContext context,
        DirectLineAuthorization authorization,
        IConversationStore conversations,
        DirectLineTranscriptReader reader,
        ConversationSignals signals,
        TimeProvider time,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineTranscriptReader> logger)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var caller = await authorization.FromCredentialAsync(t) ?? await authorization.FromHeaderAsync(context.Request);
        if (caller is null || !caller.MayUse(conversationId))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var conversation = DirectLineEndpoints.Conversation(conversationId);
        var aborted = context.RequestAborted;
        if (await conversations.GetConversationAsync(conversation, aborted) is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var listener = signals.Listen(conversation);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        var receiving = DrainClientFramesAsync(socket, closed);
        var sent = DirectLineTranscriptReader.ParseWatermark(watermark);
        var lastFrame = time.GetTimestamp();
        try
        {
            while (!closed.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var (activities, next) = await reader.ReadAfterAsync(conversation, sent, closed.Token);
                if (next != sent || activities.Count > 0)
                {
                    sent = next;
                    await SendAsync(socket, new ActivitySet(activities, DirectLineTranscriptReader.FormatWatermark(sent)), closed.Token);
                    lastFrame = time.GetTimestamp();
                    continue;
                }

                var ephemeral = await listener.WaitAsync(options.Value.StreamPollInterval, time, closed.Token);
                if (ephemeral.Count > 0)
                {
                    await SendAsync(socket, new ActivitySet(ephemeral, null), closed.Token);
                    lastFrame = time.GetTimestamp();
                }
                else if (time.GetElapsedTime(lastFrame) >= options.Value.KeepAliveInterval)
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, closed.Token);
                    lastFrame = time.GetTimestamp();
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away; DirectLineJS reconnects with its watermark and loses nothing.
        }
        catch (Exception exception)
        {
            LogStreamFailed(logger, exception, conversationId);
        }
        finally
        {
            await closed.CancelAsync();
            await receiving;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                // A server-side close makes DirectLineJS reconnect (GET conversations/{id}) and resume by watermark.
                await CloseQuietlyAsync(socket);
            }
        }
    }

    private static ValueTask SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(new ReadOnlyMemory<byte>(JsonSerializer.SerializeToUtf8Bytes(set, ChannelJson.Options)), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task DrainClientFramesAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[4096];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var frame = await socket.ReceiveAsync(buffer, closed.Token);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closing or gone: either way the send loop stops below.
        }

        await closed.CancelAsync();
    }

    private static async Task CloseQuietlyAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "server closing", timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Best effort: the peer may already be gone.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line stream of {ConversationId} failed; the client will reconnect")]
    private static partial void LogStreamFailed(ILogger logger, Exception exception, string conversationId);
}
