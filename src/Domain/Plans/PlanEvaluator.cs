using MathNet.Numerics.Distributions;

namespace AfterSalesBot.Domain.Plans;

/// <summary>
/// Decides whether an improvement worked: the criterion is judged on the "after" measurement once it has at least
/// <see cref="MinAfterCount"/> observations; the change from "before" is tested for significance at <see cref="Alpha"/>.
/// </summary>
public sealed class PlanEvaluator
{
    /// <summary>Fewer observations after the measure than this leave the verdict open.</summary>
    public int MinAfterCount { get; init; } = 5;

    public double Alpha { get; init; } = 0.05;

    public PlanVerdict Evaluate(AcceptanceCriterion criterion, Measurement before, Measurement after)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        double? change = before.Value is { } b && after.Value is { } a ? a - b : null;
        bool? met = after.Count >= MinAfterCount && after.Value is { } value ? criterion.IsMetBy(value) : null;
        var (p, test, note) = criterion.MetricKind == PlanMetric.DimensionMean ? Welch(before, after) : TwoProportions(before, after);
        if (met is null)
        {
            note = $"only {after.Count} observation(s) after the measure; {MinAfterCount} needed to judge the criterion. " + note;
        }

        return new PlanVerdict(before, after, change, met, p, p is { } pv ? pv < Alpha : null, test, note.Trim());
    }

    private static (double? P, string Test, string Note) Welch(Measurement before, Measurement after)
    {
        const string test = "Welch's t-test (two-sided)";
        if (before.Count < 2 || after.Count < 2 || before.Variance is not { } v1 || after.Variance is not { } v2)
        {
            return (null, test, "too few ratings for a significance test (2 per side needed).");
        }

        var s1 = v1 / before.Count;
        var s2 = v2 / after.Count;
        if (s1 + s2 <= 0)
        {
            // No spread at all: any difference is certain, no difference is no evidence.
            return (before.Value == after.Value ? 1.0 : 0.0, test, "no variation in the ratings.");
        }

        var t = (after.Value!.Value - before.Value!.Value) / Math.Sqrt(s1 + s2);
        var df = (s1 + s2) * (s1 + s2) / ((s1 * s1 / (before.Count - 1)) + (s2 * s2 / (after.Count - 1)));
        var p = 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(t)));
        return (Math.Clamp(p, 0, 1), test, string.Empty);
    }

    private static (double? P, string Test, string Note) TwoProportions(Measurement before, Measurement after)
    {
        const string test = "two-proportion z-test (two-sided)";
        if (before.Value is not { } p1 || after.Value is not { } p2)
        {
            return (null, test, "no comments on one side.");
        }

        var pooled = ((p1 * before.Count) + (p2 * after.Count)) / (before.Count + after.Count);
        // The normal approximation needs about 5 expected hits and misses on each side.
        var expected = new[] { pooled * before.Count, (1 - pooled) * before.Count, pooled * after.Count, (1 - pooled) * after.Count };
        if (expected.Any(e => e < 5))
        {
            return (null, test, "counts too small for the normal approximation (5 expected per cell needed).");
        }

        var z = (p2 - p1) / Math.Sqrt(pooled * (1 - pooled) * ((1.0 / before.Count) + (1.0 / after.Count)));
        return (Math.Clamp(2 * (1 - Normal.CDF(0, 1, Math.Abs(z))), 0, 1), test, string.Empty);
    }
}
