namespace AfterSalesBot.Domain.Tickets.CustomerChecks;

/// <summary>A question the bot owes a customer about a ticket, claimed by one instance to send.</summary>
/// <param name="Kind">One of <see cref="CustomerCheckKinds"/>.</param>
/// <param name="DueAt">The resolution time (confirmation) or the follow-up time (follow-up).</param>
/// <param name="Attempts">Claims so far, this one included.</param>
public sealed record CustomerCheck(
    long Id,
    string TicketNumber,
    string Kind,
    DateTimeOffset DueAt,
    string ChannelId,
    string ConversationId,
    string? Locale,
    int Attempts);
