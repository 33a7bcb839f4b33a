using AfterSalesBot.Domain.Handoffs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>
/// SignalR reaches only the consoles connected to this instance, and the queue changes on whichever instance the
/// customer or the agent happens to hit. So each instance polls the queue's change counter in the database
/// (one indexed single-row read per <see cref="HandoffOptions.PollInterval"/>) and tells its consoles when it moved;
/// the consoles then read what they show over the API.
/// </summary>
public sealed partial class HandoffChangeBroadcaster(
    IHandoffStore store,
    IHubContext<HandoffHub> hub,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffChangeBroadcaster> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? last = null;
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                var version = await store.ChangeVersionAsync(stoppingToken).ConfigureAwait(false);
                if (version != last)
                {
                    if (last is not null)
                    {
                        await hub.Clients.All.SendAsync("changed", version, stoppingToken).ConfigureAwait(false);
                    }

                    last = version;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be starting or briefly away; the next tick tries again.
                LogPollFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the hand-off change counter failed")]
    private partial void LogPollFailed(Exception exception);
}
