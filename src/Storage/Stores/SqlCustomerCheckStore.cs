using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.CustomerChecks;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Questions to customers about their tickets (table <c>ticket_customer_checks</c>), scheduled from the tickets and
/// claimed with a lease: <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, the write lock on SQLite.
/// </summary>
public sealed class SqlCustomerCheckStore(SqlDialect dialect) : ICustomerCheckStore
{
    private const int MaxErrorLength = 500;

    public async Task<int> ScheduleDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Only tickets filed in a conversation can be asked there; the unique key makes running this twice harmless.
        const string sql = """
            INSERT INTO ticket_customer_checks (ticket_number, kind, due_at, channel_id, conversation_id, locale, created_at)
            SELECT t.number, @confirmation, t.resolved_at, t.channel, t.conversation_id, t.locale, @now
            FROM tickets t
            WHERE t.status = @resolved AND t.conversation_id IS NOT NULL AND t.resolved_at IS NOT NULL AND t.resolved_at <= @now
            ON CONFLICT (ticket_number, kind, due_at) DO NOTHING;
            INSERT INTO ticket_customer_checks (ticket_number, kind, due_at, channel_id, conversation_id, locale, created_at)
            SELECT t.number, @followUp, t.follow_up_due_at, t.channel, t.conversation_id, t.locale, @now
            FROM tickets t
            WHERE t.status IN (@resolved, @confirmed) AND t.conversation_id IS NOT NULL
              AND t.follow_up_due_at IS NOT NULL AND t.follow_up_due_at <= @now
            ON CONFLICT (ticket_number, kind, due_at) DO NOTHING;
            """;
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new
            {
                now = dialect.Timestamp(now),
                confirmation = CustomerCheckKinds.Confirmation,
                followUp = CustomerCheckKinds.FollowUp,
                resolved = (short)TicketStatus.Resolved,
                confirmed = (short)TicketStatus.Confirmed,
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<CustomerCheck?> ClaimNextAsync(DateTimeOffset now, string instance, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        CustomerCheck? check = null;
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            SELECT c.id, c.ticket_number, c.kind, c.due_at, c.channel_id, c.conversation_id, c.locale, c.attempts
            FROM ticket_customer_checks c
            WHERE c.sent_at IS NULL AND c.due_at <= @now AND (c.claimed_until IS NULL OR c.claimed_until <= @now)
            ORDER BY c.due_at, c.id
            LIMIT 1{dialect.ClaimRowsClause("c")}
            """,
            new { now = dialect.Timestamp(now) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                check = new CustomerCheck(
                    reader.GetInt64(reader.GetOrdinal("id")),
                    reader.GetString(reader.GetOrdinal("ticket_number")),
                    reader.GetString(reader.GetOrdinal("kind")),
                    reader.GetTimestamp("due_at"),
                    reader.GetString(reader.GetOrdinal("channel_id")),
                    reader.GetString(reader.GetOrdinal("conversation_id")),
                    reader.GetNullableString("locale"),
                    reader.GetInt32(reader.GetOrdinal("attempts")) + 1);
            }
        }

        if (check is null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ticket_customer_checks SET claimed_by = @instance, claimed_until = @until, attempts = attempts + 1 WHERE id = @id",
            new { instance, until = dialect.Timestamp(now + lease), id = check.Id },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return check;
    }

    public async Task MarkDoneAsync(long id, DateTimeOffset at, string? note, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ticket_customer_checks SET sent_at = @at, claimed_until = NULL, last_error = @note WHERE id = @id",
            new { id, at = dialect.Timestamp(at), note = Cut(note) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task MarkFailedAsync(long id, string error, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ticket_customer_checks SET claimed_until = @retryAt, last_error = @error WHERE id = @id",
            new { id, retryAt = dialect.Timestamp(retryAt), error = Cut(error) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CustomerCheckRecord>> ListForTicketAsync(string ticketNumber, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT ticket_number, kind, due_at, attempts, sent_at, last_error FROM ticket_customer_checks WHERE ticket_number = @ticketNumber ORDER BY due_at, id",
            new { ticketNumber },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var list = new List<CustomerCheckRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new CustomerCheckRecord(
                reader.GetString(0), reader.GetString(1), reader.GetTimestamp("due_at"), reader.GetInt32(3),
                reader.GetNullableTimestamp("sent_at"), reader.GetNullableString("last_error")));
        }

        return list;
    }

    private static string? Cut(string? text) => text is null || text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
