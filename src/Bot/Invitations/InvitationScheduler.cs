using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.Retention;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Invitations;

/// <summary>
/// One round of the invitation job, driven by the caller's notion of now (tests pass a fake clock). Each due row is
/// claimed with a lease, so several instances never work the same row at once; a worker that dies after claiming
/// leaves the row to be claimed again when the lease runs out, and the delivery, idempotent by invitation id, sends
/// nothing twice. The rules are checked when the step is due, not when it was planned: opt-out (forever),
/// churn-risk flag (a personal call-back replaces the survey), quarantine, quiet hours in the customer's time zone,
/// and the single reminder only for customers who have not finished the survey.
/// </summary>
public sealed partial class InvitationScheduler(
    IInvitationStore store,
    IChurnFlagStore churnFlags,
    IInvitationDelivery delivery,
    IOptions<InvitationOptions> options,
    ILogger<InvitationScheduler> logger)
{
    /// <summary>Names this worker in the lease (machine, process, random suffix).</summary>
    public string Worker { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    public async Task<SchedulerRunResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimed = await store.ClaimDueAsync(now, Worker, TimeSpan.FromSeconds(settings.LeaseSeconds), settings.BatchSize, cancellationToken).ConfigureAwait(false);
        var tally = new int[5];
        foreach (var invitation in claimed)
        {
            var outcome = await HandleAsync(invitation, now, settings, cancellationToken).ConfigureAwait(false);
            tally[(int)outcome]++;
        }

        return new SchedulerRunResult(tally[(int)Outcome.Invited], tally[(int)Outcome.Reminded], tally[(int)Outcome.Skipped], tally[(int)Outcome.Deferred], tally[(int)Outcome.Failed]);
    }

    private async Task<Outcome> HandleAsync(Invitation invitation, DateTimeOffset now, InvitationOptions settings, CancellationToken cancellationToken)
    {
        var reminder = invitation.Step == InvitationSteps.Reminder;
        if (await store.IsOptedOutAsync(invitation.CustomerId, cancellationToken).ConfigureAwait(false))
        {
            return await SkipAsync(invitation, SkipReasons.OptedOut, cancellationToken).ConfigureAwait(false);
        }

        if (reminder)
        {
            if (await store.IsAnsweredAsync(invitation.Id, cancellationToken).ConfigureAwait(false))
            {
                // Finished: no reminder, ever.
                await store.MarkReminderDoneAsync(invitation.Id, Worker, null, cancellationToken).ConfigureAwait(false);
                return Outcome.Skipped;
            }
        }
        else
        {
            if (await churnFlags.IsFlaggedAsync(invitation.CustomerId, cancellationToken).ConfigureAwait(false))
            {
                return await SkipAsync(invitation, SkipReasons.ChurnRisk, cancellationToken).ConfigureAwait(false);
            }

            var last = await store.LastSentToCustomerAsync(invitation.CustomerId, invitation.Id, cancellationToken).ConfigureAwait(false);
            if (last is { } lastSent && now - lastSent < TimeSpan.FromDays(settings.QuarantineDays))
            {
                return await SkipAsync(invitation, SkipReasons.Quarantine, cancellationToken).ConfigureAwait(false);
            }
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(invitation.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var allowed = QuietHours.NextAllowed(now, zone, settings.QuietFrom, settings.QuietUntil);
        if (allowed > now)
        {
            await store.RescheduleAsync(invitation.Id, Worker, allowed, cancellationToken).ConfigureAwait(false);
            return Outcome.Deferred;
        }

        string? delivered;
        try
        {
            delivered = await delivery.DeliverAsync(invitation, reminder, now, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDeliveryFailed(logger, invitation.Id, invitation.Attempts, ex);
            if (invitation.Attempts >= settings.MaxAttempts)
            {
                return await SkipAsync(invitation, SkipReasons.DeliveryFailed, cancellationToken).ConfigureAwait(false);
            }

            await store.RescheduleAsync(invitation.Id, Worker, now + settings.RetryDelay, cancellationToken).ConfigureAwait(false);
            return Outcome.Failed;
        }

        if (delivered is null)
        {
            return await SkipAsync(invitation, SkipReasons.NoRoute, cancellationToken).ConfigureAwait(false);
        }

        if (reminder)
        {
            await store.MarkReminderDoneAsync(invitation.Id, Worker, now, cancellationToken).ConfigureAwait(false);
            return Outcome.Reminded;
        }

        await store.MarkSentAsync(invitation.Id, Worker, delivered, now, now + settings.ReminderDelay, cancellationToken).ConfigureAwait(false);
        return Outcome.Invited;
    }

    private async Task<Outcome> SkipAsync(Invitation invitation, string reason, CancellationToken cancellationToken)
    {
        await store.SkipAsync(invitation.Id, Worker, reason, cancellationToken).ConfigureAwait(false);
        LogSkipped(logger, invitation.Id, invitation.Step, reason);
        return Outcome.Skipped;
    }

    private enum Outcome
    {
        Invited,
        Reminded,
        Skipped,
        Deferred,
        Failed,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invitation {Id}: delivery attempt {Attempt} failed; retrying later.")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid id, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation {Id}: {Step} not sent ({Reason}).")]
    private static partial void LogSkipped(ILogger logger, Guid id, string step, string reason);
}
