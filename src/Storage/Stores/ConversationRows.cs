using System.Data.Common;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// The statements on the conversations and transcript tables that several stores share. Every method runs on the
/// caller's connection and transaction, so a store can combine them into one atomic unit.
/// </summary>
internal static class ConversationRows
{
    /// <summary>
    /// Creates the conversation row if missing and reserves <paramref name="count"/> transcript sequence numbers.
    /// The upsert takes the row lock, which serialises writers per conversation and keeps sequences gap-free.
    /// </summary>
    public static async Task<(long Pk, long LastSequence)> ReserveAsync(
        DbConnection connection,
        DbTransaction transaction,
        SqlDialect dialect,
        ConversationRef conversation,
        int count,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        string? locale = null,
        string? serviceUrl = null,
        string? userId = null)
    {
        const string sql = """
            INSERT INTO conversations (channel_id, conversation_id, locale, service_url, user_id, last_sequence, created_at, updated_at)
            VALUES (@channelId, @conversationId, @locale, @serviceUrl, @userId, @count, @now, @now)
            ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
                last_sequence = conversations.last_sequence + @count,
                locale = COALESCE(excluded.locale, conversations.locale),
                service_url = COALESCE(excluded.service_url, conversations.service_url),
                user_id = COALESCE(excluded.user_id, conversations.user_id),
                updated_at = excluded.updated_at
            RETURNING id, last_sequence
            """;
        return await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            sql,
            new
            {
                channelId = conversation.ChannelId,
                conversationId = conversation.ConversationId,
                locale,
                serviceUrl,
                userId,
                count = (long)count,
                now = dialect.Timestamp(now),
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Inserts one transcript entry; returns false when the channel activity id is already in the conversation.</summary>
    public static async Task<bool> InsertEntryAsync(
        DbConnection connection,
        DbTransaction transaction,
        SqlDialect dialect,
        long conversationPk,
        long sequence,
        TranscriptDirection direction,
        string activityJson,
        string? channelActivityId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO transcript (conversation_pk, sequence, direction, activity, channel_activity_id, recorded_at)
            VALUES (@conversationPk, @sequence, @direction, @activity, @channelActivityId, @now)
            ON CONFLICT (conversation_pk, channel_activity_id) DO NOTHING
            RETURNING sequence
            """;
        var inserted = await connection.QueryAsync<long>(new CommandDefinition(
            sql,
            new
            {
                conversationPk,
                sequence,
                direction = (short)direction,
                activity = activityJson,
                channelActivityId,
                now = dialect.Timestamp(now),
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return inserted.Any();
    }

    /// <summary>The sequence of the entry that already carries <paramref name="channelActivityId"/>, if any.</summary>
    public static Task<long?> FindSequenceAsync(
        DbConnection connection,
        DbTransaction? transaction,
        ConversationRef conversation,
        string channelActivityId,
        CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT t.sequence FROM transcript t
            JOIN conversations c ON c.id = t.conversation_pk
            WHERE c.channel_id = @channelId AND c.conversation_id = @conversationId AND t.channel_activity_id = @channelActivityId
            """;
        return connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            sql,
            new { channelId = conversation.ChannelId, conversationId = conversation.ConversationId, channelActivityId },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>Bumps the state version when it still equals <paramref name="expectedVersion"/>; returns the new version, or null on conflict.</summary>
    public static Task<long?> SaveStateAsync(
        DbConnection connection,
        DbTransaction transaction,
        SqlDialect dialect,
        long conversationPk,
        string document,
        long expectedVersion,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE conversations SET state = @document, state_version = state_version + 1, updated_at = @now
            WHERE id = @conversationPk AND state_version = @expectedVersion
            RETURNING state_version
            """;
        return connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            sql,
            new { conversationPk, document, expectedVersion, now = dialect.Timestamp(now) },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>The ETag text for a state version (the version number itself; 0 means "no state").</summary>
    public static string ToETag(long version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The version an ETag stands for; null ETag = 0; an unparseable ETag never matches (-1).</summary>
    public static long FromETag(string? etag) =>
        etag is null ? 0 : long.TryParse(etag, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1;
}
