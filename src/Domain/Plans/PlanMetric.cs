namespace AfterSalesBot.Domain.Plans;

/// <summary>What a plan measures.</summary>
public static class PlanMetric
{
    /// <summary>Mean of the 1–5 answers to one rating question (key = question id, e.g. speed).</summary>
    public const string DimensionMean = "dimension_mean";

    /// <summary>Share of tagged comments whose category is the key (e.g. logistics_delay), 0–1.</summary>
    public const string CategoryShare = "category_share";

    public static bool IsKnown(string? kind) => kind is DimensionMean or CategoryShare;
}
