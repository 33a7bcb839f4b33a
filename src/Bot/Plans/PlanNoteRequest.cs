namespace AfterSalesBot.Bot.Plans;

/// <summary>Body of POST /api/plans/{id}/notes.</summary>
public sealed record PlanNoteRequest(string? Note);
