using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Callbacks;

/// <summary>A call-back to create.</summary>
/// <param name="Source">One of <see cref="CallbackSources"/>.</param>
/// <param name="Reason">What the caller should know before dialling, in plain words.</param>
/// <param name="Contact">What the customer gave for the call (e.g. a phone number tail); never more than needed.</param>
/// <param name="DueAt">When the call must have happened (24 h for hand-offs and low scores, domain.md §2).</param>
/// <param name="DedupeKey">The cause in one string ("low_score:{responseId}"): creating the same key twice returns the first task.</param>
public sealed record NewCallbackTask(
    string Source,
    string Reason,
    ConversationRef? Conversation,
    Guid? ResponseId,
    string? TicketNumber,
    string? CustomerId,
    string? Contact,
    string Locale,
    DateTimeOffset DueAt,
    string DedupeKey);
