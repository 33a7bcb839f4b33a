namespace AfterSalesBot.Domain.Reports;

/// <summary>Finds the key phrases of each problem category in a sample of comments (implemented with the text-analysis phrase miner).</summary>
public interface IKeyPhraseFinder
{
    /// <summary>Key phrases per effective category, most distinctive first.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> PhrasesByCategory(IReadOnlyList<CommentRow> sample);
}
