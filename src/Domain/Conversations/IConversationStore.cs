namespace AfterSalesBot.Domain.Conversations;

/// <summary>Conversations and their state document, with optimistic concurrency on the state.</summary>
public interface IConversationStore
{
    /// <summary>Creates the conversation if it is new, otherwise updates locale / serviceUrl / userId when given.</summary>
    Task<ConversationInfo> UpsertConversationAsync(
        ConversationRef conversation,
        string? locale,
        string? serviceUrl,
        string? userId,
        CancellationToken cancellationToken);

    Task<ConversationInfo?> GetConversationAsync(ConversationRef conversation, CancellationToken cancellationToken);

    /// <summary>The state document and its ETag, or null when no state was saved yet.</summary>
    Task<StoredState?> LoadStateAsync(ConversationRef conversation, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the state document. <paramref name="expectedETag"/> must be the ETag the state was loaded with,
    /// or null when no state existed. Returns the new ETag.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The stored ETag is not <paramref name="expectedETag"/>.</exception>
    Task<string> SaveStateAsync(
        ConversationRef conversation,
        string document,
        string? expectedETag,
        CancellationToken cancellationToken);
}
