namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// One line of a ticket's history: what happened, when, by whom. Appended, never changed.
/// <paramref name="Actor"/> is a staff id, "customer", or "sla-clock".
/// </summary>
public sealed record TicketHistoryEntry(
    DateTimeOffset At,
    TicketEventKind Kind,
    string Actor,
    string Detail,
    TicketStatus? FromStatus = null,
    TicketStatus? ToStatus = null);
