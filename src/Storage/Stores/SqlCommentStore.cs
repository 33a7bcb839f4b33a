using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Storage.Dialects;

namespace AfterSalesBot.Storage.Stores;

/// <summary>Verbatim comments with the machine's tags.</summary>
public sealed class SqlCommentStore(SqlDialect dialect) : ICommentStore
{
    public async Task<long> RecordCommentAsync(long answerId, string text, CommentTags? tags, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var id = await SurveyRows.RecordCommentAsync(connection, transaction, dialect, answerId, text, tags, recordedAt, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }
}
