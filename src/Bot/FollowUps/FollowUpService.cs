using AfterSalesBot.Bot.Alerts;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.FollowUps;

/// <summary>Runs the <see cref="FollowUpSweep"/> and then the <see cref="AlertChecker"/> every FollowUps:IntervalSeconds.</summary>
internal sealed partial class FollowUpService(
    FollowUpSweep sweep, AlertChecker alerts, TimeProvider time, IOptions<FollowUpOptions> options, IOptions<AlertOptions> alertOptions, ILogger<FollowUpService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds), time);
        do
        {
            try
            {
                await sweep.RunOnceAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                if (alertOptions.Value.Enabled)
                {
                    await alerts.RunOnceAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The cursors only move after their step succeeded: the next round repeats what failed.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up round failed; retrying at the next tick.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
