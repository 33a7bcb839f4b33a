namespace AfterSalesBot.Bot.Handoffs;

/// <summary>The body of <c>POST /api/callbacks/{id}/close</c>: how the call went.</summary>
/// <param name="Status">done, failed or cancelled.</param>
/// <param name="Outcome">What happened, in a few words ("solved on the phone", "not reachable").</param>
public sealed record CallbackCloseRequest(string? Status, string? Outcome, string? Note);
