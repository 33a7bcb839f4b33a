using System.Data.Common;
using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Call-back tasks in <c>callback_tasks</c>. Creation is idempotent on the dedupe key; closing is first-wins.</summary>
public sealed class SqlCallbackTaskStore(SqlDialect dialect) : ICallbackTaskStore
{
    private const string Columns =
        "id, source, reason, channel_id, conversation_id, response_id, ticket_number, customer_id, contact, locale, due_at, dedupe_key, status, assigned_to, outcome, note, created_at, closed_at, closed_by";

    public async Task<CallbackTask> CreateAsync(NewCallbackTask task, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (!CallbackSources.All.Contains(task.Source, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown call-back source '{task.Source}' (known: {string.Join(", ", CallbackSources.All)}).", nameof(task));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(task.DedupeKey);
        await using (var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO callback_tasks (id, source, reason, channel_id, conversation_id, response_id, ticket_number, customer_id, contact,
                                                locale, due_at, dedupe_key, status, created_at)
                    VALUES (@id, @Source, @Reason, @channelId, @conversationId, @ResponseId, @TicketNumber, @CustomerId, @Contact,
                            @Locale, @dueAt, @DedupeKey, @status, @createdAt)
                    """,
                    new
                    {
                        id = Guid.CreateVersion7(now),
                        task.Source,
                        task.Reason,
                        channelId = task.Conversation?.ChannelId,
                        conversationId = task.Conversation?.ConversationId,
                        task.ResponseId,
                        task.TicketNumber,
                        task.CustomerId,
                        task.Contact,
                        task.Locale,
                        dueAt = dialect.Timestamp(task.DueAt),
                        task.DedupeKey,
                        status = CallbackStatuses.Open,
                        createdAt = dialect.Timestamp(now),
                    },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException ex) when (dialect.IsUniqueViolation(ex))
            {
                // The same cause already made a task (another instance, or a retried turn): that one stands.
            }
        }

        var stored = await QueryAsync("dedupe_key = @key", new { key = task.DedupeKey }, 1, cancellationToken).ConfigureAwait(false);
        return stored[0];
    }

    public async Task<CallbackTask?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("id = @id", new { id }, 1, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<CallbackTask>> ListAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Only the filters given become conditions: an untyped NULL parameter has no type on PostgreSQL.
        var conditions = new List<string> { "1 = 1" };
        var parameters = new DynamicParameters();
        if (query.Status is { } status)
        {
            conditions.Add("status = @status");
            parameters.Add("status", status);
        }

        if (query.Source is { } source)
        {
            conditions.Add("source = @source");
            parameters.Add("source", source);
        }

        if (query.DueBefore is { } dueBefore)
        {
            conditions.Add("due_at < @dueBefore");
            parameters.Add("dueBefore", dialect.Timestamp(dueBefore));
        }

        return QueryAsync(
            string.Join(" AND ", conditions),
            parameters,
            Math.Clamp(query.Limit, 1, 1000),
            cancellationToken);
    }

    public async Task<bool> AssignAsync(Guid id, string assignee, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE callback_tasks SET assigned_to = @assignee WHERE id = @id AND status = @open",
            new { id, assignee, open = CallbackStatuses.Open },
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task<bool> CloseAsync(Guid id, string status, string outcome, string? note, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!CallbackStatuses.Closed.Contains(status, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{status}' does not close a call-back (use one of {string.Join(", ", CallbackStatuses.Closed)}).", nameof(status));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE callback_tasks SET status = @status, outcome = @outcome, note = @note, closed_by = @by, closed_at = @at
            WHERE id = @id AND status = @open
            """,
            new { id, status, outcome, note, by, at = dialect.Timestamp(at), open = CallbackStatuses.Open },
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    private async Task<IReadOnlyList<CallbackTask>> QueryAsync(string where, object parameters, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM callback_tasks WHERE {where} ORDER BY due_at, id LIMIT {limit}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var tasks = new List<CallbackTask>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var channel = reader.GetNullableString("channel_id");
            var conversationId = reader.GetNullableString("conversation_id");
            var responseOrdinal = reader.GetOrdinal("response_id");
            tasks.Add(new CallbackTask(
                reader.GetGuid("id"),
                reader.GetString("source"),
                reader.GetString("reason"),
                channel is null || conversationId is null ? null : new ConversationRef(channel, conversationId),
                reader.IsDBNull(responseOrdinal) ? null : reader.GetGuid(responseOrdinal),
                reader.GetNullableString("ticket_number"),
                reader.GetNullableString("customer_id"),
                reader.GetNullableString("contact"),
                reader.GetString("locale"),
                reader.GetTimestamp("due_at"),
                reader.GetString("dedupe_key"),
                reader.GetString("status"),
                reader.GetNullableString("assigned_to"),
                reader.GetNullableString("outcome"),
                reader.GetNullableString("note"),
                reader.GetTimestamp("created_at"),
                reader.GetNullableTimestamp("closed_at"),
                reader.GetNullableString("closed_by")));
        }

        return tasks;
    }
}
