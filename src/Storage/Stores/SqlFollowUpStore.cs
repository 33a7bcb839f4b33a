using System.Data.Common;
using System.Globalization;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.FollowUps;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Reads answers, responses and complaints for the follow-up sweep; keeps its cursors and the verification samples.</summary>
public sealed class SqlFollowUpStore(SqlDialect dialect) : IFollowUpStore
{
    public async Task<DateTimeOffset?> GetCursorAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT position FROM loop_cursors WHERE name = @name", new { name }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetTimestamp("position") : null;
    }

    public async Task SetCursorAsync(string name, DateTimeOffset position, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO loop_cursors (name, position) VALUES (@name, @position) ON CONFLICT (name) DO UPDATE SET position = excluded.position",
            new { name, position = dialect.Timestamp(position) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FollowUpAnswer>> AnswersSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            """
            SELECT a.response_id, r.survey_id, r.survey_version, a.question_id, a.value_kind, a.value_number, a.value_text, a.answered_at,
                   c.channel_id, c.conversation_id, r.customer_id, r.locale
            FROM answers a JOIN survey_responses r ON r.id = a.response_id LEFT JOIN conversations c ON c.id = r.conversation_pk
            WHERE a.answered_at >= @since
            ORDER BY a.answered_at, a.id
            LIMIT @limit
            """,
            new { since = dialect.Timestamp(since), limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var answers = new List<FollowUpAnswer>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var channel = reader.GetNullableString("channel_id");
            var conversationId = reader.GetNullableString("conversation_id");
            answers.Add(new FollowUpAnswer(
                reader.GetGuid("response_id"), reader.GetString("survey_id"), Int(reader, "survey_version"), reader.GetString("question_id"),
                (AnswerKind)Int(reader, "value_kind"), reader.GetNullableDecimal("value_number"), reader.GetNullableString("value_text"),
                reader.GetTimestamp("answered_at"),
                channel is not null && conversationId is not null ? new ConversationRef(channel, conversationId) : null,
                reader.GetNullableString("customer_id"), reader.GetString("locale")));
        }

        return answers;
    }

    public async Task<IReadOnlyList<string>> CustomersActiveSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT customer_id FROM survey_responses WHERE customer_id IS NOT NULL AND finished_at >= @since AND status = @completed
            UNION
            SELECT customer_id FROM tickets WHERE created_at >= @since
            """,
            new { since = dialect.Timestamp(since), completed = (short)ResponseStatus.Completed },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. ids];
    }

    public async Task<CustomerHistory> CustomerHistoryAsync(string customerId, IReadOnlySet<string> ratingQuestionIds, DateTimeOffset complaintsSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ratingQuestionIds);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var surveys = new Dictionary<Guid, (DateTimeOffset FinishedAt, double Sum, int Count)>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            """
            SELECT r.id, r.finished_at, a.question_id, a.value_number
            FROM survey_responses r JOIN answers a ON a.response_id = r.id
            WHERE r.customer_id = @customerId AND r.status = @completed AND a.value_kind = @number
            """,
            new { customerId, completed = (short)ResponseStatus.Completed, number = (short)AnswerKind.Number },
            cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!ratingQuestionIds.Contains(reader.GetString("question_id")) || reader.GetNullableDecimal("value_number") is not { } value)
                {
                    continue;
                }

                var id = reader.GetGuid("id");
                var cell = surveys.GetValueOrDefault(id, (reader.GetTimestamp("finished_at"), 0, 0));
                surveys[id] = (cell.FinishedAt, cell.Sum + (double)value, cell.Count + 1);
            }
        }

        var complaints = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM tickets WHERE customer_id = @customerId AND created_at >= @since",
            new { customerId, since = dialect.Timestamp(complaintsSince) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new CustomerHistory(
            customerId,
            [.. surveys.Values.OrderBy(s => s.FinishedAt).Select(s => (s.FinishedAt, s.Sum / s.Count))],
            (int)complaints);
    }

    public async Task<IReadOnlyList<Guid>> CompletedResponsesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT id FROM survey_responses WHERE status = @completed AND finished_at >= @from AND finished_at < @to",
            new { completed = (short)ResponseStatus.Completed, from = dialect.Timestamp(from), to = dialect.Timestamp(to) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetGuid("id"));
        }

        return ids;
    }

    public async Task<bool> RecordSampleAsync(string month, int seed, int population, IReadOnlyList<Guid> responseIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseIds);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var drawn = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM loop_cursors WHERE name = @name", new { name = SampleMarker(month) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (drawn > 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        // The marker row records "drawn" even for a month with no responses (an empty sample).
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO loop_cursors (name, position) VALUES (@name, @at)", new { name = SampleMarker(month), at = dialect.Timestamp(at) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var id in responseIds)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO verification_samples (month, response_id, seed, population, drawn_at) VALUES (@month, @id, @seed, @population, @at)",
                new { month, id, seed, population, at = dialect.Timestamp(at) },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<Guid>> SampleAsync(string month, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT response_id FROM verification_samples WHERE month = @month", new { month }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetGuid("response_id"));
        }

        return [.. ids.OrderBy(i => i)];
    }

    private static string SampleMarker(string month) => "verification:" + month;

    private static int Int(DbDataReader reader, string column) => Convert.ToInt32(reader.GetValue(reader.GetOrdinal(column)), CultureInfo.InvariantCulture);
}
