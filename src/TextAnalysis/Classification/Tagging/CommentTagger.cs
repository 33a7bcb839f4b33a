using System.Security.Cryptography;
using System.Text;
using AfterSalesBot.TextAnalysis.Classification.Models;

namespace AfterSalesBot.TextAnalysis.Classification.Tagging;

/// <summary>
/// Tags a comment with problem categories, sentiment and emotion using three <see cref="LinearModel"/>s.
/// Thread-safe and load-once: create it at start (see <see cref="ShippedModels"/>) and share it.
/// </summary>
public sealed class CommentTagger
{
    private readonly TaggerOptions _options;
    private readonly float[][] _sentimentOffsets;
    private readonly float[][] _emotionOffsets;
    private readonly int _positive;
    private readonly int _negative;

    public CommentTagger(LinearModel category, LinearModel sentiment, LinearModel emotion, TaggerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(emotion);
        CategoryModel = category;
        SentimentModel = sentiment;
        EmotionModel = emotion;
        _options = options ?? new TaggerOptions();
        _positive = sentiment.IndexOf("positive");
        _negative = sentiment.IndexOf("negative");
        _sentimentOffsets = OffsetTable(sentiment, _options.RatingPrior.Sentiment);
        _emotionOffsets = OffsetTable(emotion, _options.RatingPrior.Emotion);
        var versions = $"{category.Version}|{sentiment.Version}|{emotion.Version}";
        ModelVersion = "tagger-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(versions)))[..12];
    }

    public LinearModel CategoryModel { get; }

    public LinearModel SentimentModel { get; }

    public LinearModel EmotionModel { get; }

    /// <summary>One version for the three models together ("tagger-" + 12 hex digits); stored beside every tag.</summary>
    public string ModelVersion { get; }

    /// <summary>
    /// Tags <paramref name="text"/>. <paramref name="rating"/> (1–5), when the comment sits under a rating,
    /// shifts sentiment and emotion by <see cref="TaggerOptions.RatingPrior"/>.
    /// </summary>
    public CommentTagResult Tag(string text, int? rating = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<float> category = stackalloc float[CategoryModel.Labels.Count];
        var main = CategoryModel.Predict(text, category);
        var categories = new List<LabelScore>(_options.MaxCategories) { new(CategoryModel.Labels[main], category[main]) };
        while (categories.Count < _options.MaxCategories)
        {
            var next = -1;
            for (var k = 0; k < category.Length; k++)
            {
                if (category[k] >= _options.SecondaryCategoryThreshold && (next < 0 || category[k] > category[next]) &&
                    !categories.Exists(c => c.Label == CategoryModel.Labels[k]))
                {
                    next = k;
                }
            }

            if (next < 0)
            {
                break;
            }

            categories.Add(new LabelScore(CategoryModel.Labels[next], category[next]));
        }

        Span<float> sentiment = stackalloc float[SentimentModel.Labels.Count];
        var s = PredictWithPrior(SentimentModel, text, rating, _sentimentOffsets, sentiment);
        var score = (_positive >= 0 ? sentiment[_positive] : 0f) - (_negative >= 0 ? sentiment[_negative] : 0f);

        Span<float> emotion = stackalloc float[EmotionModel.Labels.Count];
        var e = PredictWithPrior(EmotionModel, text, rating, _emotionOffsets, emotion);

        return new CommentTagResult(
            categories[0].Label,
            categories[0].Probability,
            categories,
            SentimentModel.Labels[s],
            sentiment[s],
            score,
            EmotionModel.Labels[e],
            emotion[e],
            ModelVersion);
    }

    private static int PredictWithPrior(LinearModel model, string text, int? rating, float[][] offsets, Span<float> values)
    {
        if (rating is not { } r || r < 1 || r >= offsets.Length || offsets[r].Length == 0)
        {
            return model.Predict(text, values);
        }

        return model.Predict(text, offsets[r], values);
    }

    // Index 1..5 = rating; an empty row means no prior for that rating.
    private static float[][] OffsetTable(LinearModel model, IReadOnlyDictionary<int, IReadOnlyDictionary<string, float>> prior)
    {
        var table = new float[6][];
        for (var r = 0; r < table.Length; r++)
        {
            table[r] = [];
            if (prior.TryGetValue(r, out var byLabel))
            {
                var row = new float[model.Labels.Count];
                foreach (var (label, offset) in byLabel)
                {
                    var k = model.IndexOf(label);
                    if (k >= 0)
                    {
                        row[k] = offset;
                    }
                }

                table[r] = row;
            }
        }

        return table;
    }
}
