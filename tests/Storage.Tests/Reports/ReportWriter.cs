using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Dialects;
using AfterSalesBot.Storage.Stores;
using Dapper;

namespace AfterSalesBot.Storage.Tests.Reports;

/// <summary>Writes survey responses through the real stores, as the survey engine does, for report tests.</summary>
internal sealed class ReportWriter(SqlDialect dialect, TimeProvider clock)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly SqlSurveyResponseStore _responses = new(dialect, clock);
    private readonly SqlCommentStore _comments = new(dialect);

    public async Task<Guid> ResponseAsync(
        string surveyId,
        DateTimeOffset startedAt,
        string channel,
        ResponseStatus status,
        IReadOnlyDictionary<string, string> texts,
        IReadOnlyDictionary<string, decimal> numbers,
        (string Category, string Sentiment)? comment = null,
        string locale = "zh-CN")
    {
        var id = Guid.NewGuid();
        await _responses.StartResponseAsync(new SurveyResponseStart(id, surveyId, 1, null, null, channel, locale, startedAt), None);
        foreach (var (question, text) in texts)
        {
            await _responses.RecordAnswerAsync(new AnswerRecord(id, question, AnswerValue.FromText(text), text, startedAt.AddMinutes(1)), None);
        }

        foreach (var (question, number) in numbers)
        {
            await _responses.RecordAnswerAsync(new AnswerRecord(id, question, AnswerValue.FromNumber(number), null, startedAt.AddMinutes(2)), None);
        }

        if (comment is { } c)
        {
            await CommentAsync(id, c.Category, c.Sentiment, "comment " + c.Category, startedAt.AddMinutes(3));
        }

        if (status != ResponseStatus.InProgress)
        {
            await _responses.FinishResponseAsync(id, status, startedAt.AddMinutes(4), None);
        }

        return id;
    }

    public async Task<long> CommentAsync(Guid responseId, string category, string sentiment, string text, DateTimeOffset at, string questionId = "leastSatisfied")
    {
        var answerId = await _responses.RecordAnswerAsync(new AnswerRecord(responseId, questionId, AnswerValue.FromText(text), text, at), None);
        var tags = new CommentTags(category, [category], 0.8, sentiment, sentiment == "negative" ? -0.8 : 0.2, "calm", 0.6, "test-1");
        return await _comments.RecordCommentAsync(answerId, text, tags, at, None);
    }

    public async Task LabelAsync(Guid responseId, string category, string? sentiment, DateTimeOffset at)
    {
        await using var connection = await dialect.OpenConnectionAsync(None);
        await connection.ExecuteAsync(
            """
            UPDATE comments SET label_category = @category, label_sentiment = @sentiment, labelled_by = 'analyst-1', labelled_at = @at
            WHERE answer_id IN (SELECT id FROM answers WHERE response_id = @responseId)
            """,
            new { responseId, category, sentiment, at = dialect.Timestamp(at) });
    }

    public async Task SetServiceContextAsync(Guid responseId, string team, string stage)
    {
        await using var connection = await dialect.OpenConnectionAsync(None);
        await connection.ExecuteAsync(
            "UPDATE survey_responses SET team = @team, service_stage = @stage WHERE id = @responseId",
            new { responseId, team, stage });
    }
}
