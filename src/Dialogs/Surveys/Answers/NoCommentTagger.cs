using AfterSalesBot.Domain.Comments;

namespace AfterSalesBot.Dialogs.Surveys.Answers;

/// <summary>Used when the host has no text-analysis model: comments are stored verbatim and untagged.</summary>
public sealed class NoCommentTagger : ICommentTagger
{
    public CommentTags? Tag(string text, string locale, int? rating) => null;
}
