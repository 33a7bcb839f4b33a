namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// Where a ticket stands. The path is new → acknowledged → in progress → resolved → confirmed → closed;
/// a resolution the customer rejects (or that did not hold) is reopened and worked again.
/// </summary>
public enum TicketStatus
{
    New = 0,
    Acknowledged = 1,
    InProgress = 2,
    Resolved = 3,
    Confirmed = 4,
    Reopened = 5,
    Closed = 6,
}
