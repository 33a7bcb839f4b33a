using System.Data.Common;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Statements on survey_responses, answers and comments, shared by the response store and the turn store.</summary>
internal static class SurveyRows
{
    public static Task StartAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, SurveyResponseStart start, long? conversationPk, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO survey_responses (id, survey_id, survey_version, conversation_pk, customer_id, channel_id, locale, status, started_at, last_activity_at)
            VALUES (@id, @surveyId, @surveyVersion, @conversationPk, @customerId, @channelId, @locale, @status, @startedAt, @startedAt)
            ON CONFLICT (id) DO NOTHING
            """;
        return connection.ExecuteAsync(new CommandDefinition(
            sql,
            new
            {
                id = start.Id,
                surveyId = start.SurveyId,
                surveyVersion = start.SurveyVersion,
                conversationPk,
                customerId = start.CustomerId,
                channelId = start.ChannelId,
                locale = start.Locale,
                status = (short)ResponseStatus.InProgress,
                startedAt = dialect.Timestamp(start.StartedAt),
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    public static async Task<long> RecordAnswerAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, AnswerRecord answer, CancellationToken cancellationToken)
    {
        const string upsert = """
            INSERT INTO answers (response_id, question_id, value_kind, value_number, value_text, raw_text, answered_at)
            VALUES (@responseId, @questionId, @kind, @number, @text, @rawText, @answeredAt)
            ON CONFLICT (response_id, question_id) DO UPDATE SET
                value_kind = excluded.value_kind,
                value_number = excluded.value_number,
                value_text = excluded.value_text,
                raw_text = excluded.raw_text,
                answered_at = excluded.answered_at
            RETURNING id
            """;
        var answeredAt = dialect.Timestamp(answer.AnsweredAt);
        var id = await connection.QuerySingleAsync<long>(new CommandDefinition(
            upsert,
            new
            {
                responseId = answer.ResponseId,
                questionId = answer.QuestionId,
                kind = (short)answer.Value.Kind,
                number = answer.Value.Number,
                text = answer.Value.Text,
                rawText = answer.RawText,
                answeredAt,
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var touched = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE survey_responses SET last_activity_at = @answeredAt WHERE id = @responseId",
            new { responseId = answer.ResponseId, answeredAt },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (touched == 0)
        {
            throw new InvalidOperationException($"Survey response {answer.ResponseId} does not exist; start it before recording answers.");
        }

        return id;
    }

    public static Task<long> RecordCommentAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, long answerId, string text, CommentTags? tags, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        // Re-answering replaces the machine's tags but never touches the analyst's labels.
        const string upsert = """
            INSERT INTO comments (answer_id, text, category, categories, category_confidence, sentiment, sentiment_score, emotion, emotion_confidence, model_version, recorded_at)
            VALUES (@answerId, @text, @category, @categories, @categoryConfidence, @sentiment, @sentimentScore, @emotion, @emotionConfidence, @modelVersion, @recordedAt)
            ON CONFLICT (answer_id) DO UPDATE SET
                text = excluded.text,
                category = excluded.category,
                categories = excluded.categories,
                category_confidence = excluded.category_confidence,
                sentiment = excluded.sentiment,
                sentiment_score = excluded.sentiment_score,
                emotion = excluded.emotion,
                emotion_confidence = excluded.emotion_confidence,
                model_version = excluded.model_version,
                recorded_at = excluded.recorded_at
            RETURNING id
            """;
        return connection.QuerySingleAsync<long>(new CommandDefinition(
            upsert,
            new
            {
                answerId,
                text,
                category = tags?.Category,
                categories = tags is null ? null : string.Join('|', tags.Categories),
                categoryConfidence = tags?.CategoryConfidence,
                sentiment = tags?.Sentiment,
                sentimentScore = tags?.SentimentScore,
                emotion = tags?.Emotion,
                emotionConfidence = tags?.EmotionConfidence,
                modelVersion = tags?.ModelVersion,
                recordedAt = dialect.Timestamp(recordedAt),
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    public static Task FinishAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, ResponseCompletion completion, CancellationToken cancellationToken)
    {
        // Only a completed response gets a finish time: an abandoned or cancelled one stays "not finished".
        var finishedAt = completion.Status == ResponseStatus.Completed ? dialect.Timestamp(completion.FinishedAt) : null;
        return connection.ExecuteAsync(new CommandDefinition(
            "UPDATE survey_responses SET status = @status, finished_at = @finishedAt, last_activity_at = @at WHERE id = @id",
            new { id = completion.ResponseId, status = (short)completion.Status, finishedAt, at = dialect.Timestamp(completion.FinishedAt) },
            transaction,
            cancellationToken: cancellationToken));
    }

    public static async Task<long?> FindConversationPkAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, ConversationRef? conversation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (conversation is null)
        {
            return null;
        }

        var (pk, _) = await ConversationRows.ReserveAsync(connection, transaction, dialect, conversation, 0, now, cancellationToken).ConfigureAwait(false);
        return pk;
    }
}
