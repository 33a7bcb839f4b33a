using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Surveys;
using Npgsql;
using NpgsqlTypes;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// A whole turn on PostgreSQL in one round trip (plus COMMIT): every statement of <see cref="SqlTurnStore"/> goes out
/// as one <see cref="NpgsqlBatch"/>, finding the conversation row by its natural key instead of waiting for the id the
/// reservation returns. The redelivery and ETag checks are read from the batch's results afterwards; when either
/// fails, the transaction is rolled back, so nothing of the turn stays — the same outcome as the statement-by-statement path.
/// </summary>
internal static class PostgresTurnBatch
{
    private const string Conversation = "(SELECT id FROM conversations WHERE channel_id = @ch AND conversation_id = @cid)";

    /// <summary>True when the batch can carry the commit (every response it starts belongs to the turn's conversation).</summary>
    public static bool Handles(TurnCommit commit) =>
        commit.ResponsesStarted.All(s => s.Conversation is null || s.Conversation == commit.Conversation);

    public static async Task<TurnCommitResult> CommitAsync(NpgsqlConnection connection, TurnCommit commit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = (commit.Inbound is null ? 0 : 1) + commit.OutboundActivities.Count;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);

        // 0: reserve the sequence numbers (creates the conversation row if missing; the row lock serialises writers).
        Add(batch, commit, now, entries, """
            INSERT INTO conversations (channel_id, conversation_id, last_sequence, created_at, updated_at)
            VALUES (@ch, @cid, @entries, @now, @now)
            ON CONFLICT (channel_id, conversation_id) DO UPDATE SET last_sequence = conversations.last_sequence + @entries, updated_at = excluded.updated_at
            RETURNING last_sequence
            """);
        var inboundAt = -1;
        if (commit.Inbound is { } inbound)
        {
            inboundAt = batch.BatchCommands.Count;
            var command = Add(batch, commit, now, entries, $"""
                INSERT INTO transcript (conversation_pk, sequence, direction, activity, channel_activity_id, recorded_at)
                SELECT id, last_sequence - @entries + 1, 0, @activity, @cai, @now FROM conversations WHERE channel_id = @ch AND conversation_id = @cid
                ON CONFLICT (conversation_pk, channel_activity_id) DO NOTHING
                RETURNING sequence
                """);
            command.Parameters.Add(new NpgsqlParameter("activity", NpgsqlDbType.Text) { Value = inbound.ActivityJson });
            command.Parameters.Add(new NpgsqlParameter("cai", NpgsqlDbType.Text) { Value = (object?)inbound.ChannelActivityId ?? DBNull.Value });
        }

        var stateAt = -1;
        if (commit.NewStateDocument is not null)
        {
            stateAt = batch.BatchCommands.Count;
            var command = Add(batch, commit, now, entries, """
                UPDATE conversations SET state = @doc, state_version = state_version + 1, updated_at = @now
                WHERE channel_id = @ch AND conversation_id = @cid AND state_version = @expected
                RETURNING state_version
                """);
            command.Parameters.Add(new NpgsqlParameter("doc", NpgsqlDbType.Text) { Value = commit.NewStateDocument });
            command.Parameters.Add(new NpgsqlParameter("expected", NpgsqlDbType.Bigint) { Value = ConversationRows.FromETag(commit.ExpectedETag) });
        }

        foreach (var start in commit.ResponsesStarted)
        {
            AddStart(batch, commit, now, entries, start);
        }

        foreach (var write in commit.Answers)
        {
            AddAnswer(batch, commit, now, entries, write);
        }

        foreach (var completion in commit.ResponsesFinished)
        {
            var command = Add(batch, commit, now, entries, "UPDATE survey_responses SET status = @status, finished_at = @finished, last_activity_at = @at WHERE id = @rid");
            command.Parameters.Add(new NpgsqlParameter("rid", NpgsqlDbType.Uuid) { Value = completion.ResponseId });
            command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Smallint) { Value = (short)completion.Status });
            command.Parameters.Add(new NpgsqlParameter("finished", NpgsqlDbType.TimestampTz)
            {
                // Only a completed response gets a finish time: an abandoned or cancelled one stays "not finished".
                Value = completion.Status == ResponseStatus.Completed ? completion.FinishedAt.ToUniversalTime() : DBNull.Value,
            });
            command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = completion.FinishedAt.ToUniversalTime() });
        }

        var firstOutbound = commit.Inbound is null ? 1 : 2;
        for (var k = 0; k < commit.OutboundActivities.Count; k++)
        {
            var command = Add(batch, commit, now, entries, """
                INSERT INTO transcript (conversation_pk, sequence, direction, activity, channel_activity_id, recorded_at)
                SELECT id, last_sequence - @entries + @offset, 1, @activity, NULL, @now FROM conversations WHERE channel_id = @ch AND conversation_id = @cid
                """);
            command.Parameters.Add(new NpgsqlParameter("offset", NpgsqlDbType.Bigint) { Value = (long)(firstOutbound + k) });
            command.Parameters.Add(new NpgsqlParameter("activity", NpgsqlDbType.Text) { Value = commit.OutboundActivities[k] });
        }

        long last;
        long? inboundSequence = null;
        long? stateVersion = null;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            // Result sets arrive in statement order; statements without RETURNING have none.
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            last = reader.GetInt64(0);
            if (inboundAt >= 0)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                inboundSequence = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetInt64(0) : null;
            }

            if (stateAt >= 0)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                stateVersion = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetInt64(0) : null;
            }

            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
                // Drain the rest so every statement has run (and reported its error, if any) before COMMIT.
            }
        }

        if (commit.Inbound is { } redelivered && inboundSequence is null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            var first = await ConversationRows.FindSequenceAsync(connection, null, commit.Conversation, redelivered.ChannelActivityId!, cancellationToken).ConfigureAwait(false);
            return new TurnCommitResult(TurnCommitOutcome.DuplicateInbound, first, [], null);
        }

        if (commit.NewStateDocument is not null && stateVersion is null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return new TurnCommitResult(TurnCommitOutcome.Conflict, null, [], null);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var firstReply = last - entries + firstOutbound;
        var outbound = Enumerable.Range(0, commit.OutboundActivities.Count).Select(k => firstReply + k).ToList();
        return new TurnCommitResult(
            TurnCommitOutcome.Committed, inboundSequence, outbound, stateVersion is { } version ? ConversationRows.ToETag(version) : null);
    }

    private static void AddStart(NpgsqlBatch batch, TurnCommit commit, DateTimeOffset now, int entries, SurveyResponseStart start)
    {
        var command = Add(batch, commit, now, entries, $"""
            INSERT INTO survey_responses (id, survey_id, survey_version, conversation_pk, customer_id, channel_id, locale, status, started_at, last_activity_at)
            VALUES (@rid, @survey, @version, {Conversation}, @customer, @channel, @locale, @status, @started, @started)
            ON CONFLICT (id) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter("rid", NpgsqlDbType.Uuid) { Value = start.Id });
        command.Parameters.Add(new NpgsqlParameter("survey", NpgsqlDbType.Text) { Value = start.SurveyId });
        command.Parameters.Add(new NpgsqlParameter("version", NpgsqlDbType.Integer) { Value = start.SurveyVersion });
        command.Parameters.Add(new NpgsqlParameter("customer", NpgsqlDbType.Text) { Value = (object?)start.CustomerId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("channel", NpgsqlDbType.Text) { Value = start.ChannelId });
        command.Parameters.Add(new NpgsqlParameter("locale", NpgsqlDbType.Text) { Value = start.Locale });
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Smallint) { Value = (short)ResponseStatus.InProgress });
        command.Parameters.Add(new NpgsqlParameter("started", NpgsqlDbType.TimestampTz) { Value = start.StartedAt.ToUniversalTime() });
        if (start.Conversation is null)
        {
            command.CommandText = command.CommandText.Replace(Conversation, "NULL", StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The answer upsert, the response's last activity and (for open text) the comment upsert, as one statement: the
    /// comment needs the answer's id, which a data-modifying CTE hands over without a round trip. A missing response
    /// fails on the answers → survey_responses foreign key, as in the other path.
    /// </summary>
    private static void AddAnswer(NpgsqlBatch batch, TurnCommit commit, DateTimeOffset now, int entries, AnswerWrite write)
    {
        var answer = write.Answer;
        const string Answer = """
            WITH a AS (
                INSERT INTO answers (response_id, question_id, value_kind, value_number, value_text, raw_text, answered_at)
                VALUES (@rid, @question, @kind, @number, @text, @raw, @answered)
                ON CONFLICT (response_id, question_id) DO UPDATE SET
                    value_kind = excluded.value_kind, value_number = excluded.value_number, value_text = excluded.value_text,
                    raw_text = excluded.raw_text, answered_at = excluded.answered_at
                RETURNING id),
            r AS (UPDATE survey_responses SET last_activity_at = @answered WHERE id = @rid RETURNING id)
            """;
        var sql = write.CommentText is null
            ? Answer + " SELECT (SELECT count(*) FROM a), (SELECT count(*) FROM r)"
            : Answer + """
                INSERT INTO comments (answer_id, text, category, categories, category_confidence, sentiment, sentiment_score, emotion, emotion_confidence, model_version, recorded_at)
                SELECT a.id, @comment, @category, @categories, @categoryConfidence, @sentiment, @sentimentScore, @emotion, @emotionConfidence, @model, @answered FROM a
                ON CONFLICT (answer_id) DO UPDATE SET
                    text = excluded.text, category = excluded.category, categories = excluded.categories, category_confidence = excluded.category_confidence,
                    sentiment = excluded.sentiment, sentiment_score = excluded.sentiment_score, emotion = excluded.emotion,
                    emotion_confidence = excluded.emotion_confidence, model_version = excluded.model_version, recorded_at = excluded.recorded_at
                """;
        var command = Add(batch, commit, now, entries, sql);
        command.Parameters.Add(new NpgsqlParameter("rid", NpgsqlDbType.Uuid) { Value = answer.ResponseId });
        command.Parameters.Add(new NpgsqlParameter("question", NpgsqlDbType.Text) { Value = answer.QuestionId });
        command.Parameters.Add(new NpgsqlParameter("kind", NpgsqlDbType.Smallint) { Value = (short)answer.Value.Kind });
        command.Parameters.Add(new NpgsqlParameter("number", NpgsqlDbType.Numeric) { Value = (object?)answer.Value.Number ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = (object?)answer.Value.Text ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("raw", NpgsqlDbType.Text) { Value = (object?)answer.RawText ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("answered", NpgsqlDbType.TimestampTz) { Value = answer.AnsweredAt.ToUniversalTime() });
        if (write.CommentText is { } comment)
        {
            var tags = write.Tags;
            command.Parameters.Add(new NpgsqlParameter("comment", NpgsqlDbType.Text) { Value = comment });
            command.Parameters.Add(new NpgsqlParameter("category", NpgsqlDbType.Text) { Value = (object?)tags?.Category ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("categories", NpgsqlDbType.Text) { Value = tags is null ? DBNull.Value : string.Join('|', tags.Categories) });
            command.Parameters.Add(new NpgsqlParameter("categoryConfidence", NpgsqlDbType.Double) { Value = (object?)tags?.CategoryConfidence ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("sentiment", NpgsqlDbType.Text) { Value = (object?)tags?.Sentiment ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("sentimentScore", NpgsqlDbType.Double) { Value = (object?)tags?.SentimentScore ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("emotion", NpgsqlDbType.Text) { Value = (object?)tags?.Emotion ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("emotionConfidence", NpgsqlDbType.Double) { Value = (object?)tags?.EmotionConfidence ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("model", NpgsqlDbType.Text) { Value = (object?)tags?.ModelVersion ?? DBNull.Value });
        }
    }

    /// <summary>A statement with the parameters every statement of the turn may use (conversation key, time, entry count).</summary>
    private static NpgsqlBatchCommand Add(NpgsqlBatch batch, TurnCommit commit, DateTimeOffset now, int entries, string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter("ch", NpgsqlDbType.Text) { Value = commit.Conversation.ChannelId });
        command.Parameters.Add(new NpgsqlParameter("cid", NpgsqlDbType.Text) { Value = commit.Conversation.ConversationId });
        if (sql.Contains("@now", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.ToUniversalTime() });
        }

        if (sql.Contains("@entries", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter("entries", NpgsqlDbType.Bigint) { Value = (long)entries });
        }

        if (!sql.Contains("@ch", StringComparison.Ordinal))
        {
            command.Parameters.RemoveAt("ch");
            command.Parameters.RemoveAt("cid");
        }

        batch.BatchCommands.Add(command);
        return command;
    }
}
