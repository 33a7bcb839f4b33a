namespace AfterSalesBot.TextAnalysis.Classification.Corpus;

/// <summary>
/// One training or evaluation row: the text exactly as written and its labels, main label first
/// (a comment can carry several categories). <paramref name="Rating"/> is the 1–5 score given beside it, when known.
/// </summary>
public sealed record LabeledExample(string Text, IReadOnlyList<string> Labels, int? Rating = null)
{
    /// <summary>The main (first) label.</summary>
    public string Label => Labels[0];
}
