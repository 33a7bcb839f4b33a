using System.Data.Common;
using System.Globalization;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Invitations;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// The invitation job table: claimed with a lease (PostgreSQL skips rows another worker holds; SQLite's write
/// transaction serialises workers), and every later write is guarded by the claiming worker's name.
/// </summary>
public sealed class SqlInvitationStore(SqlDialect dialect) : IInvitationStore
{
    private const string Columns = """
        id, service_event_id, customer_id, survey_id, channel, conversation_channel, conversation_id, contact, locale, time_zone,
        status, step, due_at, attempts, delivery, skip_reason, sent_at, reminded_at, link_used_at, created_at
        """;

    public async Task<IReadOnlyList<Invitation>> ClaimDueAsync(DateTimeOffset now, string worker, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var claimed = new List<Invitation>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            UPDATE invitations SET lease_owner = @worker, lease_until = @until, attempts = attempts + 1
            WHERE id IN (
                SELECT i.id FROM invitations i
                WHERE i.due_at IS NOT NULL AND i.due_at <= @now AND i.status <> @skipped AND (i.lease_until IS NULL OR i.lease_until <= @now)
                ORDER BY i.due_at, i.id
                LIMIT @limit{dialect.ClaimRowsClause("i")})
            RETURNING {Columns}
            """,
            new { worker, until = dialect.Timestamp(now + lease), now = dialect.Timestamp(now), skipped = InvitationStatuses.Skipped, limit },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add(Map(reader));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [.. claimed.OrderBy(i => i.DueAt).ThenBy(i => i.Id)];
    }

    public async Task<Invitation?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM invitations WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Map(reader) : null;
    }

    public Task<bool> MarkSentAsync(Guid id, string worker, string delivery, DateTimeOffset sentAt, DateTimeOffset reminderDueAt, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(
            "status = @sent, step = @reminder, delivery = @delivery, sent_at = @sentAt, due_at = @reminderDueAt",
            new { id, worker, sent = InvitationStatuses.Sent, reminder = InvitationSteps.Reminder, delivery, sentAt = dialect.Timestamp(sentAt), reminderDueAt = dialect.Timestamp(reminderDueAt) },
            cancellationToken);

    public Task<bool> MarkReminderDoneAsync(Guid id, string worker, DateTimeOffset? remindedAt, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(
            "due_at = NULL, reminded_at = @remindedAt",
            new { id, worker, remindedAt = remindedAt is { } at ? dialect.Timestamp(at) : null },
            cancellationToken);

    public Task<bool> SkipAsync(Guid id, string worker, string reason, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(
            "status = CASE WHEN status = @scheduled THEN @skipped ELSE status END, due_at = NULL, skip_reason = @reason",
            new { id, worker, reason, scheduled = InvitationStatuses.Scheduled, skipped = InvitationStatuses.Skipped },
            cancellationToken);

    public Task<bool> RescheduleAsync(Guid id, string worker, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        UpdateLeasedAsync("due_at = @dueAt", new { id, worker, dueAt = dialect.Timestamp(dueAt) }, cancellationToken);

    public async Task<DateTimeOffset?> LastSentToCustomerAsync(string customerId, Guid except, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT sent_at FROM invitations WHERE customer_id = @customerId AND id <> @except AND sent_at IS NOT NULL ORDER BY sent_at DESC LIMIT 1",
            new { customerId, except },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetTimestamp("sent_at") : null;
    }

    public async Task<bool> IsAnsweredAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM survey_responses WHERE id = @id AND status = @completed",
            new { id, completed = (short)ResponseStatus.Completed },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return count > 0;
    }

    public async Task<bool> UseLinkAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE invitations SET link_used_at = @at WHERE id = @id AND link_used_at IS NULL",
            new { id, at = dialect.Timestamp(at) },
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    public async Task<bool> IsOptedOutAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM survey_opt_outs WHERE customer_id = @customerId", new { customerId }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task OptOutAsync(string customerId, string source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO survey_opt_outs (customer_id, opted_out_at, source) VALUES (@customerId, @at, @source) ON CONFLICT (customer_id) DO NOTHING",
            new { customerId, at = dialect.Timestamp(at), source },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ResponseRateRow>> ResponseRatesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            """
            SELECT i.survey_id, i.channel, i.sent_at, r.status AS response_status
            FROM invitations i LEFT JOIN survey_responses r ON r.id = i.id
            WHERE i.sent_at IS NOT NULL AND i.sent_at >= @from AND i.sent_at < @to
            """,
            new { from = dialect.Timestamp(from), to = dialect.Timestamp(to) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var cells = new Dictionary<(string, string, string), (int Sent, int Responded)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var period = reader.GetTimestamp("sent_at").ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var key = (reader.GetString("survey_id"), reader.GetString("channel"), period);
            var statusOrdinal = reader.GetOrdinal("response_status");
            var completed = !reader.IsDBNull(statusOrdinal) && Convert.ToInt32(reader.GetValue(statusOrdinal), CultureInfo.InvariantCulture) == (int)ResponseStatus.Completed;
            var cell = cells.GetValueOrDefault(key);
            cells[key] = (cell.Sent + 1, cell.Responded + (completed ? 1 : 0));
        }

        return [.. cells.Select(c => new ResponseRateRow(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Value.Sent, c.Value.Responded))
            .OrderBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.SurveyId, StringComparer.Ordinal).ThenBy(r => r.Channel, StringComparer.Ordinal)];
    }

    private async Task<bool> UpdateLeasedAsync(string set, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE invitations SET {set}, lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @worker",
            parameters,
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    private static Invitation Map(DbDataReader r)
    {
        var channel = r.GetNullableString("conversation_channel");
        var conversationId = r.GetNullableString("conversation_id");
        return new Invitation(
            r.GetGuid("id"), r.GetGuid("service_event_id"), r.GetString("customer_id"), r.GetString("survey_id"), r.GetString("channel"),
            channel is not null && conversationId is not null ? new ConversationRef(channel, conversationId) : null,
            r.GetNullableString("contact"), r.GetString("locale"), r.GetString("time_zone"), r.GetString("status"), r.GetString("step"),
            r.GetNullableTimestamp("due_at"), Convert.ToInt32(r.GetValue(r.GetOrdinal("attempts")), CultureInfo.InvariantCulture),
            r.GetNullableString("delivery"), r.GetNullableString("skip_reason"), r.GetNullableTimestamp("sent_at"), r.GetNullableTimestamp("reminded_at"),
            r.GetNullableTimestamp("link_used_at"), r.GetTimestamp("created_at"));
    }
}
