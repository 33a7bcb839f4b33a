namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// The customer's answer to a <see cref="TicketCheck"/>: the host applies it to the ticket (confirm, reopen, close)
/// and puts the acknowledgement among the replies at <paramref name="ReplyIndex"/>.
/// <paramref name="Solved"/> means "the fix held" for a follow-up.
/// </summary>
public sealed record TicketAnswer(string TicketNumber, TicketCheckKind Kind, bool Solved, bool? Satisfied, string? Comment, int ReplyIndex);
