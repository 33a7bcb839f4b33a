namespace AfterSalesBot.Bot.Tickets;

/// <summary>POST /api/tickets/{number}/reopen: why the ticket is worked again.</summary>
public sealed record ReopenRequest(string? Reason, string? StaffId = null);
