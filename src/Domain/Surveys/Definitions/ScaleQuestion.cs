namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>A question answered with a whole number on a fixed scale, with optional labels for its points.</summary>
public abstract class ScaleQuestion : Question
{
    /// <summary>Labels keyed by the scale point ("1".."5"); shown on the buttons and in the text fallback.</summary>
    public IReadOnlyDictionary<string, LocalizedText>? Labels { get; init; }

    /// <summary>The lowest point of the scale.</summary>
    public abstract int Min { get; }

    /// <summary>The highest point of the scale.</summary>
    public abstract int Max { get; }

    protected override int TypicalSeconds => 6;

    /// <summary>The label of <paramref name="point"/>, or null.</summary>
    public LocalizedText? LabelOf(int point) =>
        Labels is not null && Labels.TryGetValue(point.ToString(System.Globalization.CultureInfo.InvariantCulture), out var label) ? label : null;
}
