namespace AfterSalesBot.Domain.Plans;

/// <summary>A progress note (owners update weekly).</summary>
public sealed record PlanNote(DateTimeOffset At, string Author, string Note);
