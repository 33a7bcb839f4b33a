namespace AfterSalesBot.Bot.Tickets;

/// <summary>POST /api/tickets/{number}/acknowledge and /close: who did it (default: the API key's name).</summary>
public sealed record StaffActionRequest(string? StaffId = null);
