using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using AfterSalesBot.TextAnalysis.Classification.Features;
using AfterSalesBot.TextAnalysis.Classification.Models;

namespace AfterSalesBot.TextAnalysis.Classification.Tagging;

/// <summary>
/// Tags a comment with problem categories, sentiment and emotion using three <see cref="LinearModel"/>s.
/// Thread-safe and load-once: create it at start (see <see cref="ShippedModels"/>) and share it.
/// </summary>
public sealed class CommentTagger
{
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",.;!?，。；！？、\n");

    [ThreadStatic]
    private static FeatureBuffer? t_features;

    private readonly TaggerOptions _options;
    private readonly bool _sharedFeatures;
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
        // The shipped models featurise alike, so a comment is normalised and hashed once, not three times.
        _sharedFeatures = category.Header.Features == sentiment.Header.Features && category.Header.Features == emotion.Header.Features;
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
        var buffer = t_features ??= new FeatureBuffer();
        var count = _sharedFeatures ? CategoryModel.Extractor.Extract(text, buffer) : 0;
        var categories = Categories(text, buffer, count);

        Span<float> sentiment = stackalloc float[SentimentModel.Labels.Count];
        var s = PredictWithPrior(SentimentModel, text, buffer, count, rating, _sentimentOffsets, sentiment);
        var score = (_positive >= 0 ? sentiment[_positive] : 0f) - (_negative >= 0 ? sentiment[_negative] : 0f);

        Span<float> emotion = stackalloc float[EmotionModel.Labels.Count];
        var e = PredictWithPrior(EmotionModel, text, buffer, count, rating, _emotionOffsets, emotion);

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

    // Main category from the whole text; secondary ones from the whole text's distribution and from each
    // clause on its own, because a comment that lists two problems in two clauses ("the parcel is late,
    // and nobody answers") often has the second drowned out by the first in the whole-text scores.
    private List<LabelScore> Categories(string text, FeatureBuffer buffer, int count)
    {
        var labels = CategoryModel.Labels;
        Span<float> whole = stackalloc float[labels.Count];
        var main = Predict(CategoryModel, text, buffer, count, [], whole);
        Span<float> best = stackalloc float[labels.Count];
        whole.CopyTo(best);
        if (_options.ClauseThreshold < 1 && CountClauses(text) >= 2)
        {
            Span<float> clause = stackalloc float[labels.Count];
            var span = text.AsSpan();
            foreach (var range in span.SplitAny(ClauseBreaks))
            {
                var part = span[range].Trim();
                if (part.Length >= 2)
                {
                    var top = CategoryModel.Predict(part, clause);
                    if (clause[top] >= _options.ClauseThreshold && whole[top] >= _options.ClauseSupport && clause[top] > best[top])
                    {
                        best[top] = clause[top];
                    }
                }
            }
        }

        var result = new List<LabelScore>(_options.MaxCategories) { new(labels[main], whole[main]) };
        best[main] = -1;
        while (result.Count < _options.MaxCategories)
        {
            var next = -1;
            for (var k = 0; k < best.Length; k++)
            {
                if (best[k] >= _options.SecondaryCategoryThreshold && (next < 0 || best[k] > best[next]))
                {
                    next = k;
                }
            }

            if (next < 0)
            {
                break;
            }

            result.Add(new LabelScore(labels[next], best[next]));
            best[next] = -1;
        }

        return result;
    }

    // Clauses of at least two characters; a one-clause comment is not scored twice.
    private static int CountClauses(string text)
    {
        var span = text.AsSpan();
        var count = 0;
        foreach (var range in span.SplitAny(ClauseBreaks))
        {
            if (span[range].Trim().Length >= 2 && ++count == 2)
            {
                break;
            }
        }

        return count;
    }

    private int PredictWithPrior(LinearModel model, string text, FeatureBuffer buffer, int count, int? rating, float[][] offsets, Span<float> values)
    {
        var prior = rating is { } r && r >= 1 && r < offsets.Length ? offsets[r] : [];
        return Predict(model, text, buffer, count, prior, values);
    }

    private int Predict(LinearModel model, string text, FeatureBuffer buffer, int count, ReadOnlySpan<float> offsets, Span<float> values)
    {
        if (!_sharedFeatures)
        {
            return model.Predict(text, offsets, values);
        }

        model.LogitsFromFeatures(buffer.Features, count, values);
        return model.Probabilities(values, offsets);
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
