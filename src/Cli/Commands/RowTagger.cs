using System.Globalization;
using AfterSalesBot.TextAnalysis.Classification.Models;
using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.Cli.Commands;

/// <summary>Tags one text into named output columns, with either the full tagger or a single model.</summary>
internal sealed class RowTagger
{
    private readonly CommentTagger? _tagger;
    private readonly LinearModel? _model;

    public RowTagger(CommentTagger tagger)
    {
        _tagger = tagger;
        Columns =
        [
            "category", "categories", "category_probability", "category_probabilities",
            "sentiment", "sentiment_probability", "sentiment_score",
            "emotion", "emotion_probability", "model_version",
        ];
    }

    public RowTagger(LinearModel model)
    {
        _model = model;
        var task = model.Header.Task;
        Columns = [task, task + "_probability", "model_version"];
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<string> Tag(string text, int? rating)
    {
        if (_model is not null)
        {
            var p = _model.Predict(text);
            return [p.Label, Format(p.Probability), _model.Version];
        }

        var t = _tagger!.Tag(text, rating);
        return
        [
            t.Category,
            string.Join('|', t.Categories.Select(c => c.Label)),
            Format(t.CategoryProbability),
            string.Join('|', t.Categories.Select(c => Format(c.Probability))),
            t.Sentiment,
            Format(t.SentimentProbability),
            Format(t.SentimentScore),
            t.Emotion,
            Format(t.EmotionProbability),
            t.ModelVersion,
        ];
    }

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
