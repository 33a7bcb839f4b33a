using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.Bot.Surveys;

/// <summary>
/// Hands open-text survey answers to the text classifier (problem categories, sentiment, emotion) on the turn's
/// path; the tags and the model version are committed beside the verbatim comment.
/// </summary>
public sealed class ClassifierCommentTagger(CommentTagger tagger) : ICommentTagger
{
    public CommentTags? Tag(string text, string locale, int? rating)
    {
        var tags = tagger.Tag(text, rating);
        return new CommentTags(
            tags.Category,
            tags.CategoryIds,
            tags.CategoryProbability,
            tags.Sentiment,
            tags.SentimentScore,
            tags.Emotion,
            tags.EmotionProbability,
            tags.ModelVersion);
    }
}
