namespace AfterSalesBot.TextAnalysis.Recognizers.Numbers;

/// <summary>
/// A number as the scanners see it: offsets into the folded text (End exclusive), the value, and for
/// fractions the parts, which the rating recognizer needs ("4/5", "four out of five").
/// </summary>
internal readonly record struct NumberToken(int Start, int End, double Value, string Subtype)
{
    public double? Numerator { get; init; }

    public double? Denominator { get; init; }

    /// <summary>True when the number is written with digits only (no words, no Chinese numerals).</summary>
    public bool IsDigits { get; init; }

    public int Length => End - Start;

    public static string SubtypeOf(double value) => value == Math.Floor(value) && !double.IsInfinity(value) ? "integer" : "decimal";
}
