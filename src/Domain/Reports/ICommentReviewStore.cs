namespace AfterSalesBot.Domain.Reports;

/// <summary>Reads comments for review and reports.</summary>
public interface ICommentReviewStore
{
    /// <summary>The comments that match <paramref name="query"/>, lowest confidence first, one page.</summary>
    Task<IReadOnlyList<CommentRow>> ListCommentsAsync(CommentQuery query, CancellationToken cancellationToken);
}
