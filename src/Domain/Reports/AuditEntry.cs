namespace AfterSalesBot.Domain.Reports;

/// <summary>One access to personal data: who (API key name or user), in which role, did what, to which subject.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string? Role, string Action, string? Subject, string? Detail);
