using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Domain.Surveys;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Jobs;

/// <summary>
/// Keeps surveys the customer walked away from as partial responses: every <c>Surveys:AbandonCheckInterval</c>,
/// responses in progress with no answer for <c>Surveys:AbandonAfter</c> become Abandoned (finished = false). The
/// conversation itself stays resumable: a customer who comes back continues at the same question.
/// </summary>
public sealed partial class AbandonedSurveysJob(
    ISurveyResponseStore responses,
    IOptions<SurveyEngineOptions> options,
    TimeProvider time,
    ILogger<AbandonedSurveysJob> logger) : BackgroundService
{
    /// <summary>One pass: marks the inactive responses; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var count = await responses.AbandonInactiveResponsesAsync(now - options.Value.AbandonAfter, now, cancellationToken).ConfigureAwait(false);
        if (count > 0)
        {
            LogAbandoned(logger, count, options.Value.AbandonAfter);
        }

        return count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.AbandonCheckInterval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not end the job; the next pass catches up.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} survey responses inactive for {After} kept as partial (Abandoned)")]
    private static partial void LogAbandoned(ILogger logger, int count, TimeSpan after);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marking abandoned survey responses failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
