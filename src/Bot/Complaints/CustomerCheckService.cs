using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Complaints;

/// <summary>Runs the <see cref="CustomerCheckSender"/> every Complaints:CheckIntervalSeconds; everything it needs is in the database.</summary>
internal sealed partial class CustomerCheckService(CustomerCheckSender sender, TimeProvider timeProvider, IOptions<ComplaintOptions> options, ILogger<CustomerCheckService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || !settings.SendChecks)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.CheckIntervalSeconds), timeProvider);
        do
        {
            try
            {
                await sender.RunOnceAsync(timeProvider.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database briefly away: nothing was claimed or the lease runs out; the next tick tries again.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket question run failed; retrying at the next tick.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
