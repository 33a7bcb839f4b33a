using AfterSalesBot.Domain.Reports;
using AfterSalesBot.TextAnalysis.Phrases;

namespace AfterSalesBot.Cli.Reports;

/// <summary>Key phrases per category from the text-analysis phrase miner, on the analyst's category where there is one.</summary>
internal sealed class KeyPhraseFinder : IKeyPhraseFinder
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PhrasesByCategory(IReadOnlyList<CommentRow> sample) =>
        TopProblemsAnalyzer.KeyPhrasesByCategory(sample.Select(c => (c.Text, c.LabelCategory ?? c.Category ?? string.Empty)));
}
