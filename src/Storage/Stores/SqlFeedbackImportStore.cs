using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Stores imported feedback like a finished survey response of <c>surveyId</c>: channel = the source, the product
/// and the optional rating as answers, the text as a tagged comment, <c>feedback_source</c> set. One transaction per row.
/// </summary>
public sealed class SqlFeedbackImportStore(SqlDialect dialect)
{
    /// <summary>Stores one row; false when the same row was imported before.</summary>
    public async Task<bool> ImportAsync(string surveyId, ImportedComment row, CommentTags tags, DateTimeOffset importedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var id = row.Id;
        var at = new DateTimeOffset(row.Date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM survey_responses WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (exists > 0)
        {
            return false;
        }

        var locale = row.Text.Any(c => c is >= '\u4e00' and <= '\u9fff') ? "zh-CN" : "en-US";
        await SurveyRows.StartAsync(connection, transaction, dialect, new SurveyResponseStart(id, surveyId, 1, null, null, row.Source, locale, at), null, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(row.Product))
        {
            await SurveyRows.RecordAnswerAsync(connection, transaction, dialect, new AnswerRecord(id, ReportAttributeQuestions.Default.Product, AnswerValue.FromText(row.Product), row.Product, at), cancellationToken).ConfigureAwait(false);
        }

        if (row.Rating is { } rating)
        {
            await SurveyRows.RecordAnswerAsync(connection, transaction, dialect, new AnswerRecord(id, ImportedFeedback.RatingQuestion, AnswerValue.FromNumber(rating), null, at), cancellationToken).ConfigureAwait(false);
        }

        var answerId = await SurveyRows.RecordAnswerAsync(connection, transaction, dialect, new AnswerRecord(id, ImportedFeedback.CommentQuestion, AnswerValue.FromText(row.Text), row.Text, at), cancellationToken).ConfigureAwait(false);
        await SurveyRows.RecordCommentAsync(connection, transaction, dialect, answerId, row.Text, tags, importedAt, cancellationToken).ConfigureAwait(false);
        await SurveyRows.FinishAsync(connection, transaction, dialect, new ResponseCompletion(id, ResponseStatus.Completed, at), cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE survey_responses SET feedback_source = @source WHERE id = @id", new { source = row.Source, id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
