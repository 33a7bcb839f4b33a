using System.Globalization;
using AfterSalesBot.TextAnalysis.Classification.Corpus;
using AfterSalesBot.TextAnalysis.Classification.Evaluation;
using AfterSalesBot.TextAnalysis.Classification.Tagging;

namespace AfterSalesBot.Bench.Classifier;

/// <summary>
/// Does the star rating beside a comment help? On asap_sample (restaurant reviews with a 1–5 star and
/// per-aspect polarities, Apache-2.0): gold sentiment from the aspects alone (more positive than negative
/// aspects = positive, the reverse = negative, else neutral), so the star is independent evidence.
/// Compares the shipped tagger without the rating, with the rating prior, and the star alone.
/// </summary>
internal static class RatingPriorCheck
{
    public static void Run(string dataDirectory, string corpusDirectory, string modelsDirectory, TextWriter output)
    {
        var rows = new List<(string Text, int Star, string Gold)>();
        using (var reader = CsvReader.Open(Path.Combine(dataDirectory, "asap_sample", "dev.csv")))
        {
            var header = reader.ReadRow()!.ToList();
            int text = header.IndexOf("text"), label = header.IndexOf("label"), star = header.IndexOf("star");
            while (reader.ReadRow() is { } row)
            {
                var polarities = row[label].Split(';').Select(p => p.Split('=').Last()).ToList();
                var pos = polarities.Count(p => p == "positive");
                var neg = polarities.Count(p => p == "negative");
                var polarity = pos > neg ? "positive" : neg > pos ? "negative" : "neutral";
                rows.Add((row[text], (int)Math.Round(double.Parse(row[star], CultureInfo.InvariantCulture)), polarity));
            }
        }

        var tagger = ShippedModels.LoadOrTrain(new ShippedModelOptions { CorpusDirectory = corpusDirectory, ModelsDirectory = modelsDirectory });
        var gold = rows.Select(r => r.Gold).ToList();
        var without = ClassificationReport.Create(gold, rows.Select(r => tagger.Tag(r.Text).Sentiment).ToList());
        var with = ClassificationReport.Create(gold, rows.Select(r => tagger.Tag(r.Text, r.Star).Sentiment).ToList());
        var starOnly = ClassificationReport.Create(gold, rows.Select(r => r.Star <= 2 ? "negative" : r.Star == 3 ? "neutral" : "positive").ToList());
        output.WriteLine($"asap_sample sentiment (gold from aspect polarities), {rows.Count} rows");
        output.WriteLine($"  text only:            {without.SummaryLine()}");
        output.WriteLine($"  text + rating prior:  {with.SummaryLine()}");
        output.WriteLine($"  star alone:           {starOnly.SummaryLine()}");
    }
}
