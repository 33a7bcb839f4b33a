namespace AfterSalesBot.Domain.Comments;

/// <summary>Analyst labels on comments: re-tag one or many, with who and when; the history is kept.</summary>
public interface ICommentLabelStore
{
    /// <summary>
    /// Sets <paramref name="label"/> on every comment in <paramref name="commentIds"/> (one transaction) and appends a
    /// history entry for each. Returns how many comments exist and were labelled; unknown ids are ignored.
    /// </summary>
    Task<int> RelabelAsync(IReadOnlyCollection<long> commentIds, CommentLabel label, string labelledBy, DateTimeOffset labelledAt, CancellationToken cancellationToken);

    /// <summary>The label history of one comment, oldest first.</summary>
    Task<IReadOnlyList<CommentLabelEntry>> HistoryAsync(long commentId, CancellationToken cancellationToken);
}
