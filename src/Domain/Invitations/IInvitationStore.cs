namespace AfterSalesBot.Domain.Invitations;

/// <summary>
/// The invitation job table. Workers claim due rows with a lease; every later write names the claiming worker, so
/// a worker whose lease ran out (crashed, paused) cannot overwrite what the next one did.
/// </summary>
public interface IInvitationStore
{
    /// <summary>Claims up to <paramref name="limit"/> rows due at <paramref name="now"/> and not leased by anyone, until now + <paramref name="lease"/>.</summary>
    Task<IReadOnlyList<Invitation>> ClaimDueAsync(DateTimeOffset now, string worker, TimeSpan lease, int limit, CancellationToken cancellationToken);

    Task<Invitation?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The invitation was delivered: record it and make the reminder due at <paramref name="reminderDueAt"/>. False when the lease was lost.</summary>
    Task<bool> MarkSentAsync(Guid id, string worker, string delivery, DateTimeOffset sentAt, DateTimeOffset reminderDueAt, CancellationToken cancellationToken);

    /// <summary>The reminder went out (or is not needed): nothing is due any more.</summary>
    Task<bool> MarkReminderDoneAsync(Guid id, string worker, DateTimeOffset? remindedAt, CancellationToken cancellationToken);

    /// <summary>Not sent, never will be.</summary>
    Task<bool> SkipAsync(Guid id, string worker, string reason, CancellationToken cancellationToken);

    /// <summary>Releases the lease and makes the current step due again at <paramref name="dueAt"/> (quiet hours, a failed delivery).</summary>
    Task<bool> RescheduleAsync(Guid id, string worker, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>When this customer was last sent an invitation other than <paramref name="except"/>.</summary>
    Task<DateTimeOffset?> LastSentToCustomerAsync(string customerId, Guid except, CancellationToken cancellationToken);

    /// <summary>Whether the survey response this invitation started was completed.</summary>
    Task<bool> IsAnsweredAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Marks the survey link used; false when it was used before (single use).</summary>
    Task<bool> UseLinkAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    Task<bool> IsOptedOutAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>Records the opt-out (forever); idempotent.</summary>
    Task OptOutAsync(string customerId, string source, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Sent invitations and completed responses by survey, channel and month of sending, in [from, to).</summary>
    Task<IReadOnlyList<ResponseRateRow>> ResponseRatesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
