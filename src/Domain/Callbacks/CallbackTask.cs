using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Domain.Callbacks;

/// <summary>A call-back task as stored; see <see cref="NewCallbackTask"/> for the fields given at creation.</summary>
/// <param name="Status">One of <see cref="CallbackStatuses"/>.</param>
public sealed record CallbackTask(
    Guid Id,
    string Source,
    string Reason,
    ConversationRef? Conversation,
    Guid? ResponseId,
    string? TicketNumber,
    string? CustomerId,
    string? Contact,
    string Locale,
    DateTimeOffset DueAt,
    string DedupeKey,
    string Status,
    string? AssignedTo,
    string? Outcome,
    string? Note,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy)
{
    public bool IsOpen => Status == CallbackStatuses.Open;

    /// <summary>True when the task is still open after its deadline.</summary>
    public bool IsOverdue(DateTimeOffset now) => IsOpen && now > DueAt;
}
