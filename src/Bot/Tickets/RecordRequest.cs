namespace AfterSalesBot.Bot.Tickets;

/// <summary>POST /api/tickets/{number}/records: an action taken, its cost, a compensation with its approval number.</summary>
public sealed record RecordRequest(string? Action, decimal? Cost = null, decimal? CompensationAmount = null, string? ApprovalNumber = null, string? StaffId = null);
