namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>An ordinal found in text: "第三", "3rd", "third", or a relative one ("the last one", "next").</summary>
/// <param name="Text">The matched text, as written.</param>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="End">Offset of the last UTF-16 code unit (inclusive).</param>
/// <param name="Offset">Position relative to <paramref name="RelativeTo"/> (3 for "third", -1 for "penultimate").</param>
/// <param name="RelativeTo">What the offset counts from.</param>
public sealed record OrdinalMatch(string Text, int Start, int End, long Offset, OrdinalAnchor RelativeTo)
{
    /// <summary>True for "last", "next", "previous" and friends.</summary>
    public bool IsRelative => RelativeTo != OrdinalAnchor.Start;

    /// <summary>The value the way Recognizers-Text writes it: "3", "end-1", "current+1".</summary>
    public string Value => RelativeTo switch
    {
        OrdinalAnchor.Start => Offset.ToString(System.Globalization.CultureInfo.InvariantCulture),
        OrdinalAnchor.End => "end" + (Offset >= 0 ? "+" : "") + Offset.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "current" + (Offset >= 0 ? "+" : "") + Offset.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
