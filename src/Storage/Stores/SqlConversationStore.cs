using System.Data.Common;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Conversations and their state document with optimistic concurrency (ETag = state version).</summary>
public sealed class SqlConversationStore(SqlDialect dialect, TimeProvider timeProvider) : IConversationStore
{
    private const string SelectConversation = """
        SELECT channel_id, conversation_id, locale, service_url, user_id, handoff_status, created_at, updated_at
        FROM conversations WHERE channel_id = @channelId AND conversation_id = @conversationId
        """;

    public async Task<ConversationInfo> UpsertConversationAsync(
        ConversationRef conversation, string? locale, string? serviceUrl, string? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            await ConversationRows.ReserveAsync(
                connection, transaction, dialect, conversation, 0, timeProvider.GetUtcNow(), cancellationToken, locale, serviceUrl, userId).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return await ReadAsync(connection, conversation, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Conversation {conversation} vanished right after it was written.");
    }

    public async Task<ConversationInfo?> GetConversationAsync(ConversationRef conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, conversation, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredState?> LoadStateAsync(ConversationRef conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<(string? State, long Version)?>(new CommandDefinition(
            "SELECT state, state_version FROM conversations WHERE channel_id = @channelId AND conversation_id = @conversationId",
            new { channelId = conversation.ChannelId, conversationId = conversation.ConversationId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is { State: not null, Version: > 0 } r ? new StoredState(r.State, ConversationRows.ToETag(r.Version)) : null;
    }

    public async Task<string> SaveStateAsync(ConversationRef conversation, string document, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(document);
        var now = timeProvider.GetUtcNow();
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var (pk, _) = await ConversationRows.ReserveAsync(connection, transaction, dialect, conversation, 0, now, cancellationToken).ConfigureAwait(false);
        var version = await ConversationRows.SaveStateAsync(
            connection, transaction, dialect, pk, document, ConversationRows.FromETag(expectedETag), now, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            throw new ConcurrencyConflictException($"The state of conversation {conversation} changed since it was loaded (expected ETag '{expectedETag ?? "none"}').")
            {
                Conversation = conversation,
            };
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ConversationRows.ToETag(version.Value);
    }

    private static async Task<ConversationInfo?> ReadAsync(DbConnection connection, ConversationRef conversation, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            SelectConversation,
            new { channelId = conversation.ChannelId, conversationId = conversation.ConversationId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new ConversationInfo(
            conversation,
            reader.GetNullableString("locale"),
            reader.GetNullableString("service_url"),
            reader.GetNullableString("user_id"),
            reader.GetString("handoff_status"),
            reader.GetTimestamp("created_at"),
            reader.GetTimestamp("updated_at"));
    }
}
