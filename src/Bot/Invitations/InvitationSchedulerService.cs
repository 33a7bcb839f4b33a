using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>Runs the <see cref="InvitationScheduler"/> every Invitations:IntervalSeconds; all state is in the database.</summary>
internal sealed partial class InvitationSchedulerService(InvitationScheduler scheduler, TimeProvider time, IOptions<InvitationOptions> options, ILogger<InvitationSchedulerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds), time);
        do
        {
            try
            {
                var result = await scheduler.RunOnceAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                if (result.Invited + result.Reminded + result.Skipped + result.Failed > 0)
                {
                    LogRun(logger, result.Invited, result.Reminded, result.Skipped, result.Deferred, result.Failed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Claimed rows keep their lease and come back when it runs out; stopping the host would help no one.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation scheduler disabled (Invitations:Enabled is false).")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitations: {Invited} sent, {Reminded} reminders, {Skipped} skipped, {Deferred} deferred (quiet hours), {Failed} failed.")]
    private static partial void LogRun(ILogger logger, int invited, int reminded, int skipped, int deferred, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invitation scheduler round failed; retrying at the next tick.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
