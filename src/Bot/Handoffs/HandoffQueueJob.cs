using AfterSalesBot.Domain.Handoffs;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Handoffs;

/// <summary>
/// Nobody waits forever: every <see cref="HandoffOptions.CheckInterval"/>, customers queued longer than
/// <see cref="HandoffOptions.MaxWait"/> (or queued while no agent is on duty any more) get a call-back task instead,
/// are told when to expect the call, and the survey resumes. Safe on several instances: the conversion is a
/// conditional update, so each customer is converted (and told) once.
/// </summary>
public sealed partial class HandoffQueueJob(IServiceProvider services, IOptions<HandoffOptions> options, TimeProvider time, ILogger<HandoffQueueJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRunFailed(exception);
            }
        }
    }

    /// <summary>One pass; returns how many waits became call-backs.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var store = services.GetRequiredService<IHandoffStore>();
        var queue = services.GetRequiredService<HandoffQueue>();
        var handoffs = services.GetRequiredService<HandoffService>();
        var now = time.GetUtcNow();
        var nobody = await queue.AgentsOnDutyAsync(now, cancellationToken).ConfigureAwait(false) == 0;
        var cutoff = now - (nobody ? settings.PresenceTimeout : settings.MaxWait);
        var expired = 0;
        foreach (var handoff in await store.ListQueuedBeforeAsync(cutoff, 200, cancellationToken).ConfigureAwait(false))
        {
            if (await handoffs.ExpireAsync(handoff, cancellationToken).ConfigureAwait(false))
            {
                expired++;
            }
        }

        if (expired > 0)
        {
            LogExpired(expired);
        }

        return expired;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} queued customers waited too long and got a call-back task instead")]
    private partial void LogExpired(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hand-off queue check failed; it runs again at the next interval")]
    private partial void LogRunFailed(Exception exception);
}
