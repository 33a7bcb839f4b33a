using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>The append-only transcript; sequence numbers are gap-free per conversation.</summary>
public sealed class SqlTranscriptStore(SqlDialect dialect, TimeProvider timeProvider) : ITranscriptStore
{
    public async Task<TranscriptAppendResult> AppendAsync(
        ConversationRef conversation, TranscriptDirection direction, string activityJson, string? channelActivityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activityJson);
        var now = timeProvider.GetUtcNow();
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            var (pk, last) = await ConversationRows.ReserveAsync(connection, transaction, dialect, conversation, 1, now, cancellationToken).ConfigureAwait(false);
            if (await ConversationRows.InsertEntryAsync(connection, transaction, dialect, pk, last, direction, activityJson, channelActivityId, now, cancellationToken).ConfigureAwait(false))
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new TranscriptAppendResult(last, IsDuplicate: false);
            }

            // A redelivery: undo the sequence reservation so the transcript stays gap-free.
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }

        var existing = await ConversationRows.FindSequenceAsync(connection, null, conversation, channelActivityId!, cancellationToken).ConfigureAwait(false);
        return new TranscriptAppendResult(existing ?? 0, IsDuplicate: true);
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(
        ConversationRef conversation, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = """
            SELECT t.sequence, t.direction, t.activity, t.channel_activity_id, t.recorded_at
            FROM transcript t JOIN conversations c ON c.id = t.conversation_pk
            WHERE c.channel_id = @channelId AND c.conversation_id = @conversationId AND t.sequence > @afterSequence
            ORDER BY t.sequence
            LIMIT @limit
            """;
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            sql,
            new { channelId = conversation.ChannelId, conversationId = conversation.ConversationId, afterSequence, limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var entries = new List<TranscriptEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new TranscriptEntry(
                conversation,
                reader.GetInt64("sequence"),
                (TranscriptDirection)reader.GetInt32(reader.GetOrdinal("direction")),
                reader.GetString("activity"),
                reader.GetNullableString("channel_activity_id"),
                reader.GetTimestamp("recorded_at")));
        }

        return entries;
    }
}
