namespace AfterSalesBot.Domain.Comments;

/// <summary>Free-text comments stored verbatim, with the machine's tags beside them.</summary>
public interface ICommentStore
{
    /// <summary>Stores the comment for an answer (once per answer: a second call replaces text and tags of that answer's comment). Returns the comment id.</summary>
    Task<long> RecordCommentAsync(long answerId, string text, CommentTags? tags, DateTimeOffset recordedAt, CancellationToken cancellationToken);
}
