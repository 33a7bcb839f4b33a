using AfterSalesBot.Domain.Comments;

namespace AfterSalesBot.Dialogs.Surveys.Answers;

/// <summary>
/// Hands an open-text answer to text analysis (problem category, sentiment, emotion). Must be cheap enough
/// to run on the turn's path and thread-safe. Returns null when no tagger is installed: the comment is stored
/// untagged and can be tagged later.
/// </summary>
public interface ICommentTagger
{
    /// <param name="rating">The lowest 1–5 rating the customer gave earlier in the same response, if any: a comment under a
    /// low score is strong evidence of a complaint, and the classifier uses it as a prior.</param>
    CommentTags? Tag(string text, string locale, int? rating);
}
