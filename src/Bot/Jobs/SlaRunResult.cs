namespace AfterSalesBot.Bot.Jobs;

/// <summary>What one SLA clock run did: warnings sent, breaches handled (escalated or recorded), events no longer relevant, write conflicts.</summary>
public sealed record SlaRunResult(int Warnings, int Breaches, int Ignored, int Conflicts);
