using AfterSalesBot.Domain.Tickets;

namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// A complete intake: the host opens the ticket (idempotent by <see cref="NewComplaint.IntakeKey"/>) and puts the
/// customer's receipt (ticket number, first-response time) among the replies at <paramref name="ReplyIndex"/>.
/// </summary>
public sealed record FiledComplaint(NewComplaint Complaint, int ReplyIndex);
