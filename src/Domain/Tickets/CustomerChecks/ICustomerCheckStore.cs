namespace AfterSalesBot.Domain.Tickets.CustomerChecks;

/// <summary>
/// The durable schedule of questions to customers about their tickets. Rows are derived from the tickets (a resolved
/// chat ticket owes a confirmation question, a ticket whose follow-up time has come owes a follow-up), unique per
/// ticket, kind and due time; instances claim due rows with a lease, so one instance sends each question, and a
/// question whose sender died is sent again when the lease ends.
/// </summary>
public interface ICustomerCheckStore
{
    /// <summary>Adds the questions that came due by <paramref name="now"/> and are not scheduled yet; returns how many.</summary>
    Task<int> ScheduleDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Claims the oldest due, unsent question not leased by another instance, for <paramref name="lease"/>; null when none.</summary>
    Task<CustomerCheck?> ClaimNextAsync(DateTimeOffset now, string instance, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Done: sent, or deliberately not sent (<paramref name="note"/> says why, e.g. the ticket was reopened meanwhile).</summary>
    Task MarkDoneAsync(long id, DateTimeOffset at, string? note, CancellationToken cancellationToken);

    /// <summary>Sending failed: keeps the error and makes the question claimable again at <paramref name="retryAt"/>.</summary>
    Task MarkFailedAsync(long id, string error, DateTimeOffset retryAt, CancellationToken cancellationToken);

    /// <summary>Questions about one ticket, oldest first (for the agent page and tests).</summary>
    Task<IReadOnlyList<CustomerCheckRecord>> ListForTicketAsync(string ticketNumber, CancellationToken cancellationToken);
}
