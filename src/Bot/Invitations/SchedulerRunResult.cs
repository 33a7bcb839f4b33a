namespace AfterSalesBot.Bot.Invitations;

/// <summary>What one scheduler round did.</summary>
public sealed record SchedulerRunResult(int Invited, int Reminded, int Skipped, int Deferred, int Failed);
