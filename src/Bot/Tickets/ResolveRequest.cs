namespace AfterSalesBot.Bot.Tickets;

/// <summary>POST /api/tickets/{number}/resolve: what solved it.</summary>
public sealed record ResolveRequest(string? Summary, string? StaffId = null);
