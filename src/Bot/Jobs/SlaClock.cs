using AfterSalesBot.Domain.Tickets;

namespace AfterSalesBot.Bot.Jobs;

/// <summary>
/// The SLA clock's work, driven by the caller's notion of now (tests pass a fake clock): fire every due SLA event —
/// warn the owner at the warn fraction, escalate on a breach — each exactly once however many instances run, since
/// every event is claimed and applied in one transaction by <see cref="ITicketStore.FireNextDueEventAsync"/>.
/// Notifications go out after the commit.
/// </summary>
public sealed partial class SlaClock(ITicketStore store, TicketWorkflow workflow, ITicketNotifier notifier, ILogger<SlaClock> logger)
{
    /// <summary>Identifies this instance in sla_events.fired_by (machine, process, random suffix).</summary>
    public string Instance { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>At most this many events per run, so one run never starves the loop's cancellation.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Fires the events due at <paramref name="now"/>; returns what it did.</summary>
    public async Task<SlaRunResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var warnings = 0;
        var escalations = 0;
        var ignored = 0;
        var conflicts = 0;
        for (var i = 0; i < BatchSize; i++)
        {
            Domain.Tickets.Sla.SlaFiring? firing;
            try
            {
                firing = await store.FireNextDueEventAsync(now, Instance, (ticket, slaEvent) => workflow.Apply(ticket, slaEvent, now), cancellationToken).ConfigureAwait(false);
            }
            catch (TicketConcurrencyException ex)
            {
                // The ticket changed under us (an agent, another instance): nothing was written; the event stays due for the next round.
                LogConflict(logger, ex.Number);
                if (++conflicts >= 3)
                {
                    break;
                }

                continue;
            }

            if (firing is null)
            {
                break;
            }

            if (firing.Applied is null)
            {
                ignored++;
                continue;
            }

            if (firing.Event.IsWarning)
            {
                warnings++;
                await notifier.DeadlineApproachingAsync(firing.After, firing.Event.Kind, firing.Event.DueAt, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                escalations++;
                await notifier.DeadlineMissedAsync(firing.After, firing.Event.Kind, firing.Before.Grade.Level, firing.Before.Owner, cancellationToken).ConfigureAwait(false);
            }
        }

        return new SlaRunResult(warnings, escalations, ignored, conflicts);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SLA clock: ticket {Number} changed while firing an event; retrying next round.")]
    private static partial void LogConflict(ILogger logger, string number);
}
