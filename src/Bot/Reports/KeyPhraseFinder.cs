using AfterSalesBot.Domain.Reports;
using AfterSalesBot.TextAnalysis.Classification.Tagging;
using AfterSalesBot.TextAnalysis.Phrases;

namespace AfterSalesBot.Bot.Reports;

/// <summary>Key phrases per category from the text-analysis phrase miner (log-odds of n-grams, category against the rest).</summary>
public sealed class KeyPhraseFinder : IKeyPhraseFinder
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PhrasesByCategory(IReadOnlyList<CommentRow> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var tagged = sample
            .Select(c => new TaggedComment(c.Text, new CommentTagResult(
                c.LabelCategory ?? c.Category ?? string.Empty,
                c.LabelCategory is null ? c.CategoryConfidence ?? 0 : 1,
                [],
                c.LabelSentiment ?? c.Sentiment ?? string.Empty,
                1,
                0,
                c.LabelEmotion ?? c.Emotion ?? string.Empty,
                1,
                c.ModelVersion ?? string.Empty)))
            .ToList();
        var report = TopProblemsAnalyzer.Analyze(tagged, new TopProblemsOptions { Top = int.MaxValue });
        return report.Problems.ToDictionary(p => p.Category, p => (IReadOnlyList<string>)p.KeyPhrases.Select(k => k.Text).ToList(), StringComparer.Ordinal);
    }
}
