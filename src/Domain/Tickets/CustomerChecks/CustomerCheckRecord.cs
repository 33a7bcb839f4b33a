namespace AfterSalesBot.Domain.Tickets.CustomerChecks;

/// <summary>A scheduled question as stored: when it was due, when it was sent (or given up), and the last error.</summary>
public sealed record CustomerCheckRecord(string TicketNumber, string Kind, DateTimeOffset DueAt, int Attempts, DateTimeOffset? SentAt, string? LastError);
