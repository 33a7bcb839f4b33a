namespace AfterSalesBot.TextAnalysis.Recognizers;

/// <summary>A day or a run of days, both ends inclusive (Start == End for a single day).</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (inclusive).</param>
public sealed record DateSpan(DateOnly Start, DateOnly End)
{
    /// <summary>A single day.</summary>
    public static DateSpan Day(DateOnly day) => new(day, day);

    /// <summary>True when the span is one day.</summary>
    public bool IsSingleDay => Start == End;

    /// <inheritdoc />
    public override string ToString() => IsSingleDay ? Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : $"{Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}..{End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
