namespace AfterSalesBot.Bot.Tickets;

/// <summary>POST /api/tickets/{number}/confirm: the customer's answer (e.g. taken on a call-back): solved? satisfied? their words.</summary>
public sealed record ConfirmRequest(bool? Solved, bool? Satisfied = null, string? Comment = null);
