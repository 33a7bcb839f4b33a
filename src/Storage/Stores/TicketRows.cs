using System.Data.Common;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Statements on tickets, their history, records and SLA events. Every method runs on the caller's connection and
/// transaction, so the ticket store and the SLA clock combine them into one atomic unit.
/// </summary>
internal static partial class TicketRows
{
    public const string Columns = """
        t.id, t.number, t.version, t.customer_id, t.conversation_id, t.channel, t.locale, t.product, t.purchase_date,
        t.description, t.category, t.demand, t.emotion, t.contact_tail, t.urgency, t.level, t.grade_reasons,
        t.override_reason, t.overridden_by, t.department, t.supporting_departments, t.owner, t.status,
        t.created_at, t.updated_at, t.response_clock_from, t.response_due_at, t.resolution_clock_from, t.resolution_due_at,
        t.responded_at, t.resolved_at, t.follow_up_due_at, t.closed_at,
        t.confirmed_at, t.confirmed_solved, t.confirmed_satisfied, t.confirmation_comment, t.intake_key
        """;

    public static async Task<long> NextSequenceAsync(DbConnection connection, DbTransaction transaction, DateOnly day, CancellationToken cancellationToken)
    {
        // The upsert takes the row lock, so instances numbering on the same day queue here and never share a number.
        const string sql = """
            INSERT INTO ticket_number_sequences (day, last_sequence) VALUES (@day, 1)
            ON CONFLICT (day) DO UPDATE SET last_sequence = ticket_number_sequences.last_sequence + 1
            RETURNING last_sequence
            """;
        return await connection.QuerySingleAsync<long>(new CommandDefinition(
            sql, new { day = TicketNumber.DayKey(day) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public static Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, Ticket ticket, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO tickets (number, version, customer_id, conversation_id, channel, locale, product, purchase_date,
                description, category, demand, emotion, contact_tail, urgency, level, grade_reasons, override_reason, overridden_by,
                department, supporting_departments, owner, status, created_at, updated_at, response_clock_from, response_due_at,
                resolution_clock_from, resolution_due_at, responded_at, resolved_at, follow_up_due_at, closed_at,
                confirmed_at, confirmed_solved, confirmed_satisfied, confirmation_comment, intake_key)
            VALUES (@number, 1, @customerId, @conversationId, @channel, @locale, @product, @purchaseDate,
                @description, @category, @demand, @emotion, @contactTail, @urgency, @level, @gradeReasons, @overrideReason, @overriddenBy,
                @department, @supporting, @owner, @status, @createdAt, @updatedAt, @responseClockFrom, @responseDueAt,
                @resolutionClockFrom, @resolutionDueAt, @respondedAt, @resolvedAt, @followUpDueAt, @closedAt,
                @confirmedAt, @confirmedSolved, @confirmedSatisfied, @confirmationComment, @intakeKey)
            RETURNING id
            """;
        return connection.QuerySingleAsync<long>(new CommandDefinition(sql, Parameters(dialect, ticket), transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Writes the ticket's columns if it is still at its version; returns its key, or null when it changed meanwhile.</summary>
    public static Task<long?> UpdateAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, Ticket ticket, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE tickets SET version = version + 1, urgency = @urgency, level = @level, grade_reasons = @gradeReasons,
                override_reason = @overrideReason, overridden_by = @overriddenBy, department = @department,
                supporting_departments = @supporting, owner = @owner, status = @status, updated_at = @updatedAt,
                response_clock_from = @responseClockFrom, response_due_at = @responseDueAt,
                resolution_clock_from = @resolutionClockFrom, resolution_due_at = @resolutionDueAt,
                responded_at = @respondedAt, resolved_at = @resolvedAt, follow_up_due_at = @followUpDueAt, closed_at = @closedAt,
                confirmed_at = @confirmedAt, confirmed_solved = @confirmedSolved, confirmed_satisfied = @confirmedSatisfied,
                confirmation_comment = @confirmationComment
            WHERE number = @number AND version = @version
            RETURNING id
            """;
        return connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(sql, Parameters(dialect, ticket), transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Appends history and records and replaces the ticket's pending SLA events with <see cref="TicketUpdate.Schedule"/>.</summary>
    public static async Task WriteChildrenAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, long ticketPk, TicketUpdate update, CancellationToken cancellationToken)
    {
        foreach (var entry in update.AddedHistory)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO ticket_history (ticket_pk, at, kind, actor, detail, from_status, to_status)
                VALUES (@ticketPk, @at, @kind, @actor, @detail, @fromStatus, @toStatus)
                """,
                new
                {
                    ticketPk,
                    at = dialect.Timestamp(entry.At),
                    kind = (short)entry.Kind,
                    actor = entry.Actor,
                    detail = entry.Detail,
                    fromStatus = (short?)entry.FromStatus,
                    toStatus = (short?)entry.ToStatus,
                },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        foreach (var record in update.AddedRecords)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO ticket_records (ticket_pk, at, staff_id, action, cost, compensation_amount, approval_number)
                VALUES (@ticketPk, @at, @staffId, @action, @cost, @compensation, @approval)
                """,
                new
                {
                    ticketPk,
                    at = dialect.Timestamp(record.At),
                    staffId = record.StaffId,
                    action = record.Action,
                    cost = record.Cost,
                    compensation = record.CompensationAmount,
                    approval = record.ApprovalNumber,
                },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM sla_events WHERE ticket_pk = @ticketPk AND fired_at IS NULL",
            new { ticketPk },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var slaEvent in update.Schedule)
        {
            // An event already fired for the same deadline keeps its row: the unique key stops it being scheduled again.
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO sla_events (ticket_pk, kind, due_at, fire_at) VALUES (@ticketPk, @kind, @dueAt, @fireAt)
                ON CONFLICT (ticket_pk, kind, due_at) DO NOTHING
                """,
                new { ticketPk, kind = (short)slaEvent.Kind, dueAt = dialect.Timestamp(slaEvent.DueAt), fireAt = dialect.Timestamp(slaEvent.FireAt) },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>Reads tickets matching <paramref name="where"/> (over alias t) with their history and records.</summary>
    public static async Task<List<Ticket>> ReadAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, string where, object parameters, CancellationToken cancellationToken, string suffix = "")
    {
        var rows = new List<(long Pk, Ticket Ticket)>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {Columns} FROM tickets t WHERE {where} {suffix}", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetInt64("id"), Map(reader)));
            }
        }

        if (rows.Count == 0)
        {
            return [];
        }

        var history = new Dictionary<long, List<TicketHistoryEntry>>();
        var records = new Dictionary<long, List<HandlingRecord>>();
        foreach (var chunk in rows.Select(r => r.Pk).Chunk(500))
        {
            await ReadHistoryAsync(connection, transaction, dialect, chunk, history, cancellationToken).ConfigureAwait(false);
            await ReadRecordsAsync(connection, transaction, dialect, chunk, records, cancellationToken).ConfigureAwait(false);
        }

        return rows.Select(r => r.Ticket with
        {
            History = history.TryGetValue(r.Pk, out var h) ? h : [],
            Records = records.TryGetValue(r.Pk, out var rec) ? rec : [],
        }).ToList();
    }

    private static async Task ReadHistoryAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, long[] pks, Dictionary<long, List<TicketHistoryEntry>> into, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT ticket_pk, at, kind, actor, detail, from_status, to_status FROM ticket_history WHERE {dialect.InList("ticket_pk", "pks")} ORDER BY ticket_pk, id",
            new { pks },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var pk = reader.GetInt64("ticket_pk");
            if (!into.TryGetValue(pk, out var list))
            {
                into[pk] = list = [];
            }

            list.Add(new TicketHistoryEntry(
                reader.GetTimestamp("at"),
                (TicketEventKind)reader.GetInt32(reader.GetOrdinal("kind")),
                reader.GetString("actor"),
                reader.GetString("detail"),
                NullableInt(reader, "from_status") is { } from ? (TicketStatus)from : null,
                NullableInt(reader, "to_status") is { } to ? (TicketStatus)to : null));
        }
    }

    private static async Task ReadRecordsAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, long[] pks, Dictionary<long, List<HandlingRecord>> into, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT ticket_pk, at, staff_id, action, cost, compensation_amount, approval_number FROM ticket_records WHERE {dialect.InList("ticket_pk", "pks")} ORDER BY ticket_pk, id",
            new { pks },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var pk = reader.GetInt64("ticket_pk");
            if (!into.TryGetValue(pk, out var list))
            {
                into[pk] = list = [];
            }

            list.Add(new HandlingRecord(
                reader.GetTimestamp("at"),
                reader.GetString("staff_id"),
                reader.GetString("action"),
                reader.GetNullableDecimal("cost"),
                reader.GetNullableDecimal("compensation_amount"),
                reader.GetNullableString("approval_number")));
        }
    }
}
