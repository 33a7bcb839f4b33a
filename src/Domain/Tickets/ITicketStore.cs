using AfterSalesBot.Domain.Tickets.Sla;

namespace AfterSalesBot.Domain.Tickets;

/// <summary>Tickets with their history, handling records and SLA schedule.</summary>
public interface ITicketStore
{
    /// <summary>
    /// Allocates the next number of <paramref name="day"/> (unique across instances), then stores the ticket built by
    /// <paramref name="build"/> from that number, with its history and schedule, in one transaction.
    /// When the ticket carries an <see cref="Ticket.IntakeKey"/> already used, nothing is created and the ticket opened
    /// with that key is returned (also when another instance opened it at the same moment).
    /// </summary>
    Task<Ticket> CreateAsync(DateOnly day, Func<string, TicketUpdate> build, CancellationToken cancellationToken);

    Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken);

    /// <summary>The ticket opened by the intake with this idempotency key, or null.</summary>
    Task<Ticket?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken);

    /// <summary>Tickets matching the query with history and records, overdue first, then by the next deadline.</summary>
    Task<IReadOnlyList<Ticket>> ListAsync(TicketQuery query, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>How many tickets the customer opened at or after <paramref name="since"/> (the repeat-complaint rule).</summary>
    Task<int> CountCustomerTicketsSinceAsync(string customerId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="update"/> if the ticket is still at <c>update.Next.Version</c>; returns the stored ticket
    /// (version + 1). Throws <see cref="TicketConcurrencyException"/> when someone changed it meanwhile.
    /// </summary>
    Task<Ticket> SaveAsync(TicketUpdate update, CancellationToken cancellationToken);

    /// <summary>
    /// Fires at most one due SLA event (fire time ≤ <paramref name="now"/>, not fired before): claims it, lets
    /// <paramref name="apply"/> decide the change to its ticket, and writes both in one transaction, so the event takes
    /// effect exactly once however many instances run. Returns null when nothing is due.
    /// </summary>
    Task<SlaFiring?> FireNextDueEventAsync(DateTimeOffset now, string instance, Func<Ticket, SlaEvent, TicketUpdate?> apply, CancellationToken cancellationToken);
}
