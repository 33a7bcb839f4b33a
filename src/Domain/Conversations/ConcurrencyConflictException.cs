namespace AfterSalesBot.Domain.Conversations;

/// <summary>
/// Thrown when state is saved with an ETag that is no longer current: another turn (another
/// instance, a double click) saved first. The caller reloads and retries; nothing is merged silently.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConversationRef? Conversation { get; init; }
}
