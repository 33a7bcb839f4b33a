using AfterSalesBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Reports;

/// <summary>
/// Folds new answers, comments and labels into the report aggregates every Reports:CatchUpInterval. Several instances
/// may run it at once (the store serialises them), so no leader election is needed.
/// </summary>
internal sealed partial class ReportCatchUpService(IReportStore store, IOptions<ReportsOptions> options, TimeProvider time, ILogger<ReportCatchUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CatchUpInterval, time);
        do
        {
            try
            {
                var changed = await store.CatchUpAsync(stoppingToken).ConfigureAwait(false);
                if (changed > 0)
                {
                    LogFolded(changed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed run is retried on the next tick; the aggregates stay consistent (each batch is one transaction).
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report aggregates: folded {Changed} changed responses")]
    private partial void LogFolded(int changed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report aggregates: catch-up failed; retrying on the next tick")]
    private partial void LogFailed(Exception exception);
}
