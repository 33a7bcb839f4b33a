using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Storage.Dialects;
using Dapper;

namespace AfterSalesBot.Storage.Stores;

/// <summary>
/// Analyst labels: the latest in <c>comments.label_*</c> (what reports and the comment list read), every re-tag in
/// <c>comment_labels</c>. Setting <c>labelled_at</c> is what makes the report catch-up fold the change in.
/// </summary>
public sealed class SqlCommentLabelStore(SqlDialect dialect) : ICommentLabelStore
{
    public async Task<int> RelabelAsync(IReadOnlyCollection<long> commentIds, CommentLabel label, string labelledBy, DateTimeOffset labelledAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commentIds);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelledBy);
        if (label.IsEmpty)
        {
            throw new ArgumentException("A label must set a category, a sentiment or an emotion.", nameof(label));
        }

        var ids = commentIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return 0;
        }

        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var at = dialect.Timestamp(labelledAt);
        var parameters = new { ids, category = label.Category, sentiment = label.Sentiment, emotion = label.Emotion, by = labelledBy, at };
        var existing = (await connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM comments WHERE {dialect.InList("id", "ids")}", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToArray();
        if (existing.Length > 0)
        {
            var found = new { ids = existing, parameters.category, parameters.sentiment, parameters.emotion, parameters.by, parameters.at };
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                UPDATE comments SET
                    label_category = COALESCE(@category, label_category),
                    label_sentiment = COALESCE(@sentiment, label_sentiment),
                    label_emotion = COALESCE(@emotion, label_emotion),
                    labelled_by = @by, labelled_at = @at
                WHERE {dialect.InList("id", "ids")}
                """,
                found,
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO comment_labels (comment_id, category, sentiment, emotion, labelled_by, labelled_at)
                SELECT id, @category, @sentiment, @emotion, @by, @at FROM comments WHERE {dialect.InList("id", "ids")}
                """,
                found,
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return existing.Length;
    }

    public async Task<IReadOnlyList<CommentLabelEntry>> HistoryAsync(long commentId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<CommentLabelEntry>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT comment_id, category, sentiment, emotion, labelled_by, labelled_at FROM comment_labels WHERE comment_id = @commentId ORDER BY id",
            new { commentId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new CommentLabelEntry(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5).ToUniversalTime()));
        }

        return result;
    }
}
