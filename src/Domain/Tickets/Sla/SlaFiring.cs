namespace AfterSalesBot.Domain.Tickets.Sla;

/// <summary>
/// One SLA event that was claimed and fired: the ticket before and after (equal when the event no longer applied,
/// e.g. the ticket was acknowledged in time), and the change that was written, if any.
/// </summary>
public sealed record SlaFiring(SlaEvent Event, Ticket Before, Ticket After, TicketUpdate? Applied);
