using AfterSalesBot.Domain.Tickets;

namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>What a turn asks the host to do to tickets, besides committing the state.</summary>
/// <param name="Filed">A complaint to open as a ticket.</param>
/// <param name="Answer">A customer's answer to a confirmation or follow-up question.</param>
/// <param name="Status">A question about the customer's tickets.</param>
/// <param name="Opened">Filled in by the host: the ticket the filing opened (or found, on a retry).</param>
public sealed record ComplaintEffects(FiledComplaint? Filed, TicketAnswer? Answer, StatusQuery? Status, Ticket? Opened = null);
