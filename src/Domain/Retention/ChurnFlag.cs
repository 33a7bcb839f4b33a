namespace AfterSalesBot.Domain.Retention;

/// <summary>A customer flagged for retention, with the reasons in plain words; open until a supervisor clears it.</summary>
public sealed record ChurnFlag(string CustomerId, IReadOnlyList<string> Reasons, DateTimeOffset FlaggedAt, DateTimeOffset? ClearedAt, string? ClearedBy);
