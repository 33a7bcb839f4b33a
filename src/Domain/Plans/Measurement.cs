namespace AfterSalesBot.Domain.Plans;

/// <summary>
/// A metric over a period: how many observations, their mean (a dimension's mean rating, or the share 0–1 of comments
/// in a category) and the sample variance where it applies (ratings).
/// </summary>
public sealed record Measurement(int Count, double? Value, double? Variance)
{
    public static Measurement Empty { get; } = new(0, null, null);

    /// <summary>From individual ratings.</summary>
    public static Measurement OfValues(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return Empty;
        }

        var mean = values.Average();
        double? variance = values.Count > 1 ? values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) : null;
        return new Measurement(values.Count, mean, variance);
    }

    /// <summary>From a count of hits among <paramref name="total"/> observations.</summary>
    public static Measurement OfShare(int hits, int total) => total == 0 ? Empty : new Measurement(total, (double)hits / total, null);
}
