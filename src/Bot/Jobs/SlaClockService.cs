using AfterSalesBot.Bot.Tickets;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Jobs;

/// <summary>Runs the <see cref="SlaClock"/> every Tickets:SlaClock:IntervalSeconds. All state is in the database, so a restart loses nothing.</summary>
internal sealed partial class SlaClockService(SlaClock clock, TimeProvider timeProvider, IOptions<TicketOptions> options, ILogger<SlaClockService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.SlaClock;
        if (!settings.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.IntervalSeconds), timeProvider);
        do
        {
            try
            {
                var result = await clock.RunOnceAsync(timeProvider.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                if (result.Warnings + result.Breaches > 0)
                {
                    LogRun(logger, result.Warnings, result.Breaches);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever failed (the database briefly away, a bad row) was rolled back: the due events stay due and the
                // next tick tries again. Letting it escape would stop the whole host.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SLA clock disabled (Tickets:SlaClock:Enabled is false).")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "SLA clock: {Warnings} warning(s), {Breaches} breach(es) handled.")]
    private static partial void LogRun(ILogger logger, int warnings, int breaches);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SLA clock run failed; retrying at the next tick.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
