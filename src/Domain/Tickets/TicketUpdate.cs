using AfterSalesBot.Domain.Tickets.Sla;

namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// A change to a ticket as the store writes it in one transaction: the new state (whose <see cref="Ticket.Version"/>
/// is the version it was read at), the history entries and handling records to append, and the SLA events that
/// should now be pending (the store replaces the pending ones; an event already fired for the same deadline is never fired twice).
/// </summary>
public sealed record TicketUpdate(
    Ticket Next,
    IReadOnlyList<TicketHistoryEntry> AddedHistory,
    IReadOnlyList<HandlingRecord> AddedRecords,
    IReadOnlyList<SlaEvent> Schedule);
