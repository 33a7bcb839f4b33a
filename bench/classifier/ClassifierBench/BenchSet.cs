using AfterSalesBot.TextAnalysis.Classification.Corpus;

namespace AfterSalesBot.Bench.Classifier;

/// <summary>A public set split the same way for both classifiers: seeded 80/20, and a 90/10 tuning split of the 80.</summary>
internal sealed record BenchSet(
    string Name,
    bool Chinese,
    List<LabeledExample> Train,
    List<LabeledExample> Test,
    List<LabeledExample> TuneTrain,
    List<LabeledExample> TuneValid)
{
    /// <summary>
    /// Loads, shuffles (seed 42) and splits 80/20. <paramref name="maxRows"/> caps the rows used (after the
    /// shuffle) so the whole comparison fits the CPU a shared 2-core machine can spare.
    /// </summary>
    public static BenchSet Load(string dataDirectory, string name, int maxRows)
    {
        var rows = LabeledCsv.Load(Path.Combine(dataDirectory, name, "dev.csv")).ToArray();
        new Random(42).Shuffle(rows);
        rows = rows[..Math.Min(rows.Length, maxRows)];
        var cut = rows.Length * 8 / 10;
        var train = rows[..cut].ToList();
        var tuneCut = train.Count * 9 / 10;
        var chinese = rows.Take(200).Count(r => r.Text.Any(c => c is >= '\u4E00' and <= '\u9FFF')) > 100;
        return new BenchSet(name, chinese, train, rows[cut..].ToList(), train[..tuneCut], train[tuneCut..]);
    }
}
