namespace AfterSalesBot.Domain.Callbacks;

/// <summary>Which call-back tasks to list (null = any); ordered by due time, earliest first.</summary>
public sealed record CallbackQuery(string? Status = null, string? Source = null, DateTimeOffset? DueBefore = null, int Limit = 200);
