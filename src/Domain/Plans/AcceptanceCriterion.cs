using System.Globalization;

namespace AfterSalesBot.Domain.Plans;

/// <summary>A measurable target: "&lt;metric&gt; &lt;comparison&gt; &lt;target&gt;", e.g. dimension speed mean ≥ 4.2, share of logistics_delay ≤ 0.05.</summary>
public sealed record AcceptanceCriterion(string MetricKind, string MetricKey, string Comparison, double Target)
{
    public const string AtLeast = "gte";
    public const string AtMost = "lte";

    public bool IsMetBy(double value) => Comparison == AtLeast ? value >= Target : value <= Target;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(MetricKind == PlanMetric.DimensionMean ? $"mean {MetricKey}" : $"share of {MetricKey}")} {(Comparison == AtLeast ? "≥" : "≤")} {(MetricKind == PlanMetric.CategoryShare ? $"{Target:P1}" : $"{Target:0.00}")}");
}
