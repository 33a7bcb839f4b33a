using System.Data.Common;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Sla;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Tickets, their history, records and SLA events; every change is one transaction guarded by the ticket's version.</summary>
public sealed class SqlTicketStore(SqlDialect dialect) : ITicketStore
{
    /// <summary>Listing sorts in memory (overdue first needs the status-dependent next deadline); this caps what is read.</summary>
    private const int ListReadCap = 5000;

    public async Task<Ticket> CreateAsync(DateOnly day, Func<string, TicketUpdate> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        string? intakeKey = null;
        try
        {
            await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            var sequence = await TicketRows.NextSequenceAsync(connection, transaction, day, cancellationToken).ConfigureAwait(false);
            var update = build(TicketNumber.Format(day, sequence));
            intakeKey = update.Next.IntakeKey;
            if (intakeKey is not null)
            {
                var earlier = await TicketRows.ReadAsync(connection, transaction, dialect, "t.intake_key = @intakeKey", new { intakeKey }, cancellationToken).ConfigureAwait(false);
                if (earlier.Count > 0)
                {
                    // A retried intake: the rollback returns the number taken above, the customer keeps the first ticket.
                    return earlier[0];
                }
            }

            var pk = await TicketRows.InsertAsync(connection, transaction, dialect, update.Next, cancellationToken).ConfigureAwait(false);
            await TicketRows.WriteChildrenAsync(connection, transaction, dialect, pk, update, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return update.Next with { Version = 1 };
        }
        catch (DbException ex) when (intakeKey is not null && dialect.IsUniqueViolation(ex))
        {
            // Another instance opened the same intake between our check and our insert (PostgreSQL): that ticket is the one.
            return await FindByIntakeKeyAsync(intakeKey, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Intake {intakeKey} collided with a ticket that is not there.", ex);
        }
    }

    public async Task<Ticket?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intakeKey);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var found = await TicketRows.ReadAsync(connection, null, dialect, "t.intake_key = @intakeKey", new { intakeKey }, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var found = await TicketRows.ReadAsync(connection, null, dialect, "t.number = @number", new { number }, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<Ticket>> ListAsync(TicketQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string> { "1 = 1" };
        if (query.ConversationId is not null)
        {
            where.Add("t.conversation_id = @conversationId");
        }

        if (query.Status is not null)
        {
            where.Add("t.status = @status");
        }

        if (query.CustomerId is not null)
        {
            where.Add("t.customer_id = @customerId");
        }

        if (query.Department is not null)
        {
            where.Add("t.department = @department");
        }

        if (query.Owner is not null)
        {
            where.Add("t.owner = @owner");
        }

        if (query.FollowUpDueBy is not null)
        {
            where.Add("t.follow_up_due_at <= @followUpDueBy AND t.status IN (@resolved, @confirmed)");
        }

        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var tickets = await TicketRows.ReadAsync(
            connection,
            null,
            dialect,
            string.Join(" AND ", where),
            new
            {
                conversationId = query.ConversationId,
                status = (short?)query.Status,
                customerId = query.CustomerId,
                department = query.Department,
                owner = query.Owner,
                followUpDueBy = query.FollowUpDueBy is { } due ? dialect.Timestamp(due) : null,
                resolved = (short)TicketStatus.Resolved,
                confirmed = (short)TicketStatus.Confirmed,
                cap = ListReadCap,
            },
            cancellationToken,
            "ORDER BY t.created_at DESC, t.id DESC LIMIT @cap").ConfigureAwait(false);

        // Open tickets by their next deadline (so overdue ones come first), then finished ones, newest first.
        return tickets
            .OrderBy(t => t.NextDeadline is null ? 1 : 0)
            .ThenBy(t => t.NextDeadline ?? DateTimeOffset.MaxValue)
            .ThenByDescending(t => t.UpdatedAt)
            .Take(Math.Max(1, query.Limit))
            .ToList();
    }

    public async Task<int> CountCustomerTicketsSinceAsync(string customerId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM tickets WHERE customer_id = @customerId AND created_at >= @since",
            new { customerId, since = dialect.Timestamp(since) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<Ticket> SaveAsync(TicketUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var pk = await TicketRows.UpdateAsync(connection, transaction, dialect, update.Next, cancellationToken).ConfigureAwait(false);
        if (pk is null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            throw await ExistsAsync(connection, update.Next.Number, cancellationToken).ConfigureAwait(false)
                ? new TicketConcurrencyException(update.Next.Number)
                : new TicketNotFoundException(update.Next.Number);
        }

        await TicketRows.WriteChildrenAsync(connection, transaction, dialect, pk.Value, update, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return update.Next with { Version = update.Next.Version + 1 };
    }

    public async Task<SlaFiring?> FireNextDueEventAsync(
        DateTimeOffset now, string instance, Func<Ticket, SlaEvent, TicketUpdate?> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        long eventId;
        long ticketPk;
        SlaEvent slaEvent;
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            SELECT e.id, e.ticket_pk, e.kind, e.due_at, e.fire_at FROM sla_events e
            WHERE e.fired_at IS NULL AND e.fire_at <= @now
            ORDER BY e.fire_at, e.id
            LIMIT 1{dialect.ClaimRowsClause("e")}
            """,
            new { now = dialect.Timestamp(now) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.DisposeAsync().ConfigureAwait(false);
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return null;
            }

            eventId = reader.GetInt64("id");
            ticketPk = reader.GetInt64("ticket_pk");
            slaEvent = TicketRows.MapEvent(reader);
        }

        // Marked fired first: the ticket write below replaces pending events, and this one must survive as fired.
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sla_events SET fired_at = @now, fired_by = @instance WHERE id = @eventId AND fired_at IS NULL",
            new { now = dialect.Timestamp(now), instance, eventId },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var tickets = await TicketRows.ReadAsync(connection, transaction, dialect, "t.id = @ticketPk", new { ticketPk }, cancellationToken).ConfigureAwait(false);
        if (claimed == 0 || tickets.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        var before = tickets[0];
        var update = apply(before, slaEvent);
        var after = before;
        if (update is not null)
        {
            if (await TicketRows.UpdateAsync(connection, transaction, dialect, update.Next, cancellationToken).ConfigureAwait(false) is null)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                throw new TicketConcurrencyException(before.Number);
            }

            await TicketRows.WriteChildrenAsync(connection, transaction, dialect, ticketPk, update, cancellationToken).ConfigureAwait(false);
            after = update.Next with { Version = update.Next.Version + 1 };
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SlaFiring(slaEvent, before, after, update);
    }

    private static async Task<bool> ExistsAsync(System.Data.Common.DbConnection connection, string number, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM tickets WHERE number = @number", new { number }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
}
