using System.Data.Common;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// The hand-off queue in the <c>handoffs</c> table. Changes are conditional UPDATEs on the expected status (the row
/// lock makes a racing second writer re-check and match nothing), each in a transaction that also bumps
/// <c>handoff_changes.version</c> and mirrors the status into <c>conversations.handoff_status</c>.
/// </summary>
public sealed class SqlHandoffStore(SqlDialect dialect) : IHandoffStore
{
    private const string Columns = """
        id, channel_id, conversation_id, status, reason, locale, queued_at, taken_at, agent, agent_display_name,
        closed_at, closed_by, callback_task_id, last_customer_message_at, detail
        """;

    public async Task<Handoff> EnqueueAsync(NewHandoff request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);

        // The conversation row's lock (taken by the upsert) serialises requests for the same conversation.
        var (pk, _) = await ConversationRows.ReserveAsync(connection, transaction, dialect, request.Conversation, 0, now, cancellationToken).ConfigureAwait(false);
        var existing = await ReadAsync(connection, transaction, "id = @id", new { id = request.Id }, cancellationToken).ConfigureAwait(false)
            ?? await ReadAsync(connection, transaction, "conversation_pk = @pk AND status IN ('queued', 'active')", new { pk }, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return existing;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO handoffs (id, conversation_pk, channel_id, conversation_id, status, reason, detail, locale, queued_at)
            VALUES (@id, @pk, @channelId, @conversationId, @status, @reason, @detail, @locale, @now)
            """,
            new
            {
                id = request.Id,
                pk,
                channelId = request.Conversation.ChannelId,
                conversationId = request.Conversation.ConversationId,
                status = HandoffStatuses.Queued,
                reason = request.Reason,
                detail = request.Detail,
                locale = request.Locale,
                now = dialect.Timestamp(now),
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await MirrorAsync(connection, transaction, request.Id, cancellationToken).ConfigureAwait(false);
        var stored = await ReadAsync(connection, transaction, "id = @id", new { id = request.Id }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored!;
    }

    public async Task<Handoff?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, "id = @id", new { id }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Handoff?> FindOpenAsync(ConversationRef conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(
            connection,
            null,
            "channel_id = @channelId AND conversation_id = @conversationId AND status IN ('queued', 'active')",
            new { channelId = conversation.ChannelId, conversationId = conversation.ConversationId },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Handoff>> ListAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var order = status == HandoffStatuses.Queued ? "queued_at, id" : "COALESCE(taken_at, queued_at) DESC, id";
        return await ReadManyAsync(
            connection,
            status is null ? "1 = 1" : "status = @status",
            $"ORDER BY {order} LIMIT @limit",
            new { status, limit = Math.Clamp(limit, 1, 1000) },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Handoff>> ListQueuedBeforeAsync(DateTimeOffset queuedBefore, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadManyAsync(
            connection,
            "status = 'queued' AND queued_at < @before",
            "ORDER BY queued_at, id LIMIT @limit",
            new { before = dialect.Timestamp(queuedBefore), limit = Math.Clamp(limit, 1, 1000) },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<int?> QueuePositionAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var position = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM handoffs a WHERE a.status = 'queued' AND (a.queued_at < h.queued_at OR (a.queued_at = h.queued_at AND a.id <= h.id)))
            FROM handoffs h WHERE h.id = @id AND h.status = 'queued'
            """,
            new { id },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return position is { } p ? (int)p : null;
    }

    public Task<bool> TakeAsync(Guid id, string agent, string agentDisplayName, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            """
            UPDATE handoffs SET status = 'active', taken_at = @now, agent = @agent, agent_display_name = @name
            WHERE id = @id AND status = 'queued'
            """,
            new { id, agent, name = agentDisplayName, now = dialect.Timestamp(now) },
            cancellationToken);

    public Task<bool> CloseAsync(Guid id, string expectedStatus, string newStatus, string by, DateTimeOffset now, Guid? callbackTaskId, CancellationToken cancellationToken)
    {
        if (!HandoffStatuses.IsOpen(expectedStatus) || HandoffStatuses.IsOpen(newStatus))
        {
            throw new ArgumentException($"A hand-off closes from queued or active to a final status, not from {expectedStatus} to {newStatus}.", nameof(newStatus));
        }

        return ChangeAsync(
            id,
            """
            UPDATE handoffs SET status = @newStatus, closed_at = @now, closed_by = @by, callback_task_id = @callbackTaskId
            WHERE id = @id AND status = @expectedStatus
            """,
            new { id, expectedStatus, newStatus, by, callbackTaskId, now = dialect.Timestamp(now) },
            cancellationToken);
    }

    public async Task TouchAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ChangeAsync(
            id,
            "UPDATE handoffs SET last_customer_message_at = @now WHERE id = @id AND status IN ('queued', 'active')",
            new { id, now = dialect.Timestamp(now) },
            cancellationToken).ConfigureAwait(false);

    public async Task HeartbeatAsync(string agent, string displayName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO agent_presence (agent, display_name, seen_at) VALUES (@agent, @displayName, @now)
            ON CONFLICT (agent) DO UPDATE SET display_name = excluded.display_name, seen_at = excluded.seen_at
            """,
            new { agent, displayName, now = dialect.Timestamp(now) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task LeaveAsync(string agent, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM agent_presence WHERE agent = @agent", new { agent }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<int> CountAgentsOnDutyAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM agent_presence WHERE seen_at >= @since",
            new { since = dialect.Timestamp(since) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<long> ChangeVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT version FROM handoff_changes WHERE id = 1", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HandoffAnswer>> ReadLatestAnswersAsync(ConversationRef conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string QuestionId, string? Text, string? Number, string? Raw, string? Category, string? Sentiment, string? Emotion)>(new CommandDefinition(
            """
            SELECT a.question_id, a.value_text, CAST(a.value_number AS text), a.raw_text, c.category, c.sentiment, c.emotion
            FROM answers a
            LEFT JOIN comments c ON c.answer_id = a.id
            WHERE a.response_id = (
                SELECT r.id FROM survey_responses r JOIN conversations v ON v.id = r.conversation_pk
                WHERE v.channel_id = @channelId AND v.conversation_id = @conversationId
                ORDER BY r.started_at DESC LIMIT 1)
            ORDER BY a.answered_at, a.id
            """,
            new { channelId = conversation.ChannelId, conversationId = conversation.ConversationId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new HandoffAnswer(
            r.QuestionId,
            r.Text ?? r.Number,
            r.Raw,
            r.Category,
            r.Sentiment,
            r.Emotion)).ToList();
    }

    /// <summary>Runs a conditional UPDATE of one hand-off; when it matched, bumps the change counter and mirrors the status, all in one transaction.</summary>
    private async Task<bool> ChangeAsync(Guid id, string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (changed != 1)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        await MirrorAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Bumps the change counter and copies the hand-off's status to its conversation ("bot" once it is closed).</summary>
    private static async Task MirrorAsync(DbConnection connection, DbTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE conversations SET handoff_status = (
                SELECT CASE WHEN h.status IN ('queued', 'active') THEN h.status ELSE 'bot' END FROM handoffs h WHERE h.id = @id)
            WHERE id = (SELECT conversation_pk FROM handoffs WHERE id = @id);
            UPDATE handoff_changes SET version = version + 1 WHERE id = 1;
            """,
            new { id },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private async Task<Handoff?> ReadAsync(DbConnection connection, DbTransaction? transaction, string where, object parameters, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM handoffs WHERE {where} LIMIT 1", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Map(reader) : null;
    }

    private async Task<IReadOnlyList<Handoff>> ReadManyAsync(DbConnection connection, string where, string tail, object parameters, CancellationToken cancellationToken)
    {
        var result = new List<Handoff>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM handoffs WHERE {where} {tail}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(Map(reader));
        }

        return result;
    }

    private static Handoff Map(DbDataReader reader)
    {
        var callback = reader.GetOrdinal("callback_task_id");
        return new Handoff(
            reader.GetGuid("id"),
            new ConversationRef(reader.GetString("channel_id"), reader.GetString("conversation_id")),
            reader.GetString("status"),
            reader.GetString("reason"),
            reader.GetString("locale"),
            reader.GetTimestamp("queued_at"),
            reader.GetNullableTimestamp("taken_at"),
            reader.GetNullableString("agent"),
            reader.GetNullableString("agent_display_name"),
            reader.GetNullableTimestamp("closed_at"),
            reader.GetNullableString("closed_by"),
            reader.IsDBNull(callback) ? null : reader.GetGuid(callback),
            reader.GetNullableTimestamp("last_customer_message_at"),
            reader.GetNullableString("detail"));
    }
}
