namespace AfterSalesBot.Bot.Tickets;

/// <summary>POST /api/tickets/{number}/grade: a supervisor's override of urgency and/or level, with the reason (kept).</summary>
public sealed record GradeRequest(string? Reason, string? Urgency = null, int? Level = null, string? StaffId = null);
