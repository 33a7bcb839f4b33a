namespace AfterSalesBot.Domain.Tickets;

/// <summary>The customer's answer after a resolution: is it solved, are they satisfied, anything to add (verbatim).</summary>
public sealed record CustomerConfirmation(DateTimeOffset At, bool Solved, bool? Satisfied, string? Comment);
