namespace AfterSalesBot.Bot.Plans;

/// <summary>Body of POST /api/plans/{id}/status: not_started, in_progress or done.</summary>
public sealed record PlanStatusRequest(string? Status);
