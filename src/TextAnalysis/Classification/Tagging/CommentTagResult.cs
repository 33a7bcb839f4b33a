namespace AfterSalesBot.TextAnalysis.Classification.Tagging;

/// <summary>
/// The tags of one comment. <see cref="Categories"/> lists every category above the tagger's threshold,
/// main one first, with probabilities; <see cref="SentimentScore"/> is P(positive) − P(negative), in [-1, 1].
/// </summary>
public sealed record CommentTagResult(
    string Category,
    double CategoryProbability,
    IReadOnlyList<LabelScore> Categories,
    string Sentiment,
    double SentimentProbability,
    double SentimentScore,
    string Emotion,
    double EmotionProbability,
    string ModelVersion)
{
    /// <summary>The category ids alone, main first.</summary>
    public IReadOnlyList<string> CategoryIds => Categories.Select(c => c.Label).ToArray();
}
