using AfterSalesBot.Domain.Invitations;

namespace AfterSalesBot.Domain.ServiceEvents;

/// <summary>Completed services, stored once per source key together with the invitation they schedule.</summary>
public interface IServiceEventStore
{
    /// <summary>
    /// Stores the event, its customer record (pseudonymous id only) and <paramref name="invitation"/> in one
    /// transaction; an event whose source key is already stored writes nothing and reports <see cref="ServiceEventSaveOutcome.Duplicate"/>.
    /// </summary>
    Task<ServiceEventSaveResult> RecordAsync(ServiceEvent serviceEvent, NewInvitation? invitation, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Events completed in [from, to), oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ServiceEvent>> ListAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken);
}
