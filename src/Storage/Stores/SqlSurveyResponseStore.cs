using System.Data.Common;
using System.Text;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Survey responses and answers outside a turn (jobs, exports, imports, tests).</summary>
public sealed class SqlSurveyResponseStore(SqlDialect dialect, TimeProvider timeProvider) : ISurveyResponseStore
{
    private const string ResponseColumns = """
        r.id, r.survey_id, r.survey_version, c.channel_id AS conversation_channel, c.conversation_id, r.customer_id,
        r.channel_id, r.locale, r.status, r.started_at, r.finished_at
        """;

    public async Task StartResponseAsync(SurveyResponseStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var pk = await SurveyRows.FindConversationPkAsync(connection, transaction, dialect, start.Conversation, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await SurveyRows.StartAsync(connection, transaction, dialect, start, pk, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var id = await SurveyRows.RecordAnswerAsync(connection, transaction, dialect, answer, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task FinishResponseAsync(Guid responseId, ResponseStatus status, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        await SurveyRows.FinishAsync(connection, transaction, dialect, new ResponseCompletion(responseId, status, finishedAt), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<SurveyResponse?> GetResponseAsync(Guid responseId, CancellationToken cancellationToken)
    {
        var list = await QueryAsync("r.id = @responseId", new { responseId }, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<SurveyResponse>> ListResponsesAsync(ResponseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder("1 = 1");
        if (query.SurveyId is not null)
        {
            where.Append(" AND r.survey_id = @surveyId");
        }

        if (query.From is not null)
        {
            where.Append(" AND r.started_at >= @from");
        }

        if (query.To is not null)
        {
            where.Append(" AND r.started_at < @to");
        }

        return QueryAsync(
            where.ToString(),
            new
            {
                surveyId = query.SurveyId,
                from = query.From is { } f ? dialect.Timestamp(f) : null,
                to = query.To is { } t ? dialect.Timestamp(t) : null,
            },
            cancellationToken);
    }

    public async Task<int> AbandonInactiveResponsesAsync(DateTimeOffset inactiveSince, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE survey_responses SET status = @abandoned, last_activity_at = @now WHERE status = @inProgress AND last_activity_at < @since",
            new
            {
                abandoned = (short)ResponseStatus.Abandoned,
                inProgress = (short)ResponseStatus.InProgress,
                since = dialect.Timestamp(inactiveSince),
                now = dialect.Timestamp(now),
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<SurveyResponse>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var answers = await ReadAnswersAsync(connection, where, parameters, cancellationToken).ConfigureAwait(false);
        var responses = new List<SurveyResponse>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {ResponseColumns} FROM survey_responses r LEFT JOIN conversations c ON c.id = r.conversation_pk WHERE {where} ORDER BY r.started_at, r.id",
            parameters,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetGuid("id");
            var channel = reader.GetNullableString("conversation_channel");
            var conversationId = reader.GetNullableString("conversation_id");
            responses.Add(new SurveyResponse(
                id,
                reader.GetString("survey_id"),
                reader.GetInt32(reader.GetOrdinal("survey_version")),
                channel is null || conversationId is null ? null : new ConversationRef(channel, conversationId),
                reader.GetNullableString("customer_id"),
                reader.GetString("channel_id"),
                reader.GetString("locale"),
                (ResponseStatus)reader.GetInt32(reader.GetOrdinal("status")),
                reader.GetTimestamp("started_at"),
                reader.GetNullableTimestamp("finished_at"),
                answers.TryGetValue(id, out var list) ? list : []));
        }

        return responses;
    }

    private static async Task<Dictionary<Guid, List<StoredAnswer>>> ReadAnswersAsync(
        DbConnection connection, string where, object parameters, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<Guid, List<StoredAnswer>>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            SELECT a.id, a.response_id, a.question_id, a.value_kind, a.value_number, a.value_text, a.raw_text, a.answered_at
            FROM answers a JOIN survey_responses r ON r.id = a.response_id
            WHERE {where}
            ORDER BY a.answered_at, a.id
            """,
            parameters,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var responseId = reader.GetGuid("response_id");
            if (!answers.TryGetValue(responseId, out var list))
            {
                answers[responseId] = list = [];
            }

            list.Add(new StoredAnswer(
                reader.GetInt64("id"),
                responseId,
                reader.GetString("question_id"),
                new AnswerValue((AnswerKind)reader.GetInt32(reader.GetOrdinal("value_kind")), reader.GetNullableDecimal("value_number"), reader.GetNullableString("value_text")),
                reader.GetNullableString("raw_text"),
                reader.GetTimestamp("answered_at")));
        }

        return answers;
    }
}
