using AfterSalesBot.Bot.Classifiers;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Domain.Comments;

namespace AfterSalesBot.Bot.Surveys;

/// <summary>
/// Hands open-text survey answers to the text classifier (problem categories, sentiment, emotion) on the turn's
/// path; the tags and the model version are committed beside the verbatim comment. The classifier is the
/// <see cref="ActiveTagger"/>: the promoted models where analysts' retraining produced one, else the shipped ones.
/// </summary>
public sealed class ClassifierCommentTagger(ActiveTagger active) : ICommentTagger
{
    public CommentTags? Tag(string text, string locale, int? rating)
    {
        var tags = active.Current.Tag(text, rating);
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
