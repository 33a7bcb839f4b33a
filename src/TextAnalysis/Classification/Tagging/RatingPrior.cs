namespace AfterSalesBot.TextAnalysis.Classification.Tagging;

/// <summary>
/// Per rating (1–5), log-odds offsets per label for the sentiment and emotion tasks: the rating beside a
/// comment is evidence the text model cannot see. Offsets are added to the calibrated logits (a Bayes
/// update with a likelihood ratio of e^offset).
/// </summary>
public sealed class RatingPrior
{
    public RatingPrior(IReadOnlyDictionary<int, IReadOnlyDictionary<string, float>> sentiment, IReadOnlyDictionary<int, IReadOnlyDictionary<string, float>> emotion)
    {
        Sentiment = sentiment;
        Emotion = emotion;
    }

    /// <summary>No prior: the rating is ignored.</summary>
    public static RatingPrior None { get; } = new(new Dictionary<int, IReadOnlyDictionary<string, float>>(), new Dictionary<int, IReadOnlyDictionary<string, float>>());

    /// <summary>
    /// Moderate offsets: strong enough to settle a comment the text leaves ambiguous, too weak to overturn
    /// clear words (customers do leave "great service!" under a mis-clicked 1).
    /// </summary>
    public static RatingPrior Default { get; } = new(
        new Dictionary<int, IReadOnlyDictionary<string, float>>
        {
            [1] = Offsets(("negative", 1.5f), ("positive", -1.5f)),
            [2] = Offsets(("negative", 0.8f), ("positive", -0.8f)),
            [3] = Offsets(("neutral", 0.4f)),
            [4] = Offsets(("positive", 0.8f), ("negative", -0.8f)),
            [5] = Offsets(("positive", 1.5f), ("negative", -1.5f)),
        },
        new Dictionary<int, IReadOnlyDictionary<string, float>>
        {
            [1] = Offsets(("angry", 0.8f), ("satisfied", -1.5f)),
            [2] = Offsets(("angry", 0.4f), ("satisfied", -0.8f)),
            [4] = Offsets(("satisfied", 0.8f), ("angry", -0.8f)),
            [5] = Offsets(("satisfied", 1.5f), ("angry", -1.5f)),
        });

    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, float>> Sentiment { get; }

    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, float>> Emotion { get; }

    private static Dictionary<string, float> Offsets(params (string Label, float Offset)[] pairs) =>
        pairs.ToDictionary(p => p.Label, p => p.Offset, StringComparer.Ordinal);
}
