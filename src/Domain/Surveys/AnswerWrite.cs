using AfterSalesBot.Domain.Comments;

namespace AfterSalesBot.Domain.Surveys;

/// <summary>
/// An answer to write in a turn commit. When <paramref name="CommentText"/> is set (open-text questions) the
/// comment is stored verbatim beside the answer with the machine's <paramref name="Tags"/> (null when untagged).
/// </summary>
public sealed record AnswerWrite(AnswerRecord Answer, string? CommentText = null, CommentTags? Tags = null);
