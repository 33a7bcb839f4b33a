namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// Filters for listing tickets; null means "any". Results come overdue first, then by next deadline.
/// <paramref name="FollowUpDueBy"/> finds resolved or confirmed tickets whose follow-up is due by then (the 3-day check).
/// </summary>
public sealed record TicketQuery(
    string? ConversationId = null,
    TicketStatus? Status = null,
    string? CustomerId = null,
    string? Department = null,
    string? Owner = null,
    int Limit = 200,
    DateTimeOffset? FollowUpDueBy = null);
