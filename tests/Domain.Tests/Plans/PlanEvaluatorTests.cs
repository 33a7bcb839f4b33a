using AfterSalesBot.Domain.Plans;

namespace AfterSalesBot.Domain.Tests.Plans;

/// <summary>Before vs after on fixtures: criterion met or not, significance where the counts allow, open while too few answers.</summary>
public sealed class PlanEvaluatorTests
{
    private static readonly PlanEvaluator Evaluator = new();

    private static Measurement Ratings(params int[] values) => Measurement.OfValues([.. values.Select(v => (double)v)]);

    private static Measurement Repeat(int count, params int[] pattern) =>
        Ratings([.. Enumerable.Range(0, count).Select(i => pattern[i % pattern.Length])]);

    [Fact]
    public void Response_speed_rising_from_3_2_to_4_4_meets_a_target_of_4_2_and_is_significant()
    {
        var criterion = new AcceptanceCriterion(PlanMetric.DimensionMean, "speed", AcceptanceCriterion.AtLeast, 4.2);
        var before = Repeat(40, 3, 3, 4, 3, 3); // mean 3.2
        var after = Repeat(40, 4, 5, 4, 5, 4); // mean 4.4

        var verdict = Evaluator.Evaluate(criterion, before, after);

        Assert.Equal((40, 40), (verdict.Before.Count, verdict.After.Count));
        Assert.Equal(3.2, verdict.Before.Value!.Value, 6);
        Assert.Equal(4.4, verdict.After.Value!.Value, 6);
        Assert.Equal(1.2, verdict.Change!.Value, 6);
        Assert.True(verdict.CriterionMet);
        Assert.True(verdict.Significant);
        Assert.InRange(verdict.PValue!.Value, 0, 1e-6);
    }

    [Fact]
    public void A_small_rise_that_stays_below_the_target_is_criterion_not_met_and_not_significant()
    {
        var criterion = new AcceptanceCriterion(PlanMetric.DimensionMean, "speed", AcceptanceCriterion.AtLeast, 4.2);
        var before = Repeat(10, 3, 4, 4, 3, 4); // 3.6
        var after = Repeat(10, 4, 4, 3, 4, 4); // 3.8

        var verdict = Evaluator.Evaluate(criterion, before, after);

        Assert.False(verdict.CriterionMet);
        Assert.False(verdict.Significant);
        Assert.InRange(verdict.PValue!.Value, 0.3, 1);
    }

    [Fact]
    public void Welch_p_value_matches_the_textbook_value()
    {
        // Means 3 and 6, variances 2.5 and 28/6: t = 3 / sqrt(2.5/5 + 4.667/7) = 2.7775, Welch–Satterthwaite df = 9.97,
        // two-sided p = 0.0196 (Student t table: t(10) = 2.764 at p = 0.02).
        var verdict = Evaluator.Evaluate(
            new AcceptanceCriterion(PlanMetric.DimensionMean, "x", AcceptanceCriterion.AtLeast, 1),
            Ratings(1, 2, 3, 4, 5),
            Ratings(3, 4, 5, 6, 7, 8, 9));

        Assert.Equal(0.0196, verdict.PValue!.Value, 3);
    }

    [Fact]
    public void Logistics_delay_share_falling_from_20_to_4_percent_meets_at_most_5_percent()
    {
        var criterion = new AcceptanceCriterion(PlanMetric.CategoryShare, "logistics_delay", AcceptanceCriterion.AtMost, 0.05);

        var verdict = Evaluator.Evaluate(criterion, Measurement.OfShare(40, 200), Measurement.OfShare(8, 200));

        Assert.True(verdict.CriterionMet);
        Assert.True(verdict.Significant);
        Assert.Equal(-0.16, verdict.Change!.Value, 6);
    }

    [Fact]
    public void A_share_still_above_the_target_is_not_met_and_tiny_counts_get_no_test()
    {
        var criterion = new AcceptanceCriterion(PlanMetric.CategoryShare, "logistics_delay", AcceptanceCriterion.AtMost, 0.05);

        var verdict = Evaluator.Evaluate(criterion, Measurement.OfShare(2, 10), Measurement.OfShare(1, 8));

        Assert.False(verdict.CriterionMet);
        Assert.Null(verdict.PValue);
        Assert.Null(verdict.Significant);
        Assert.Contains("counts too small", verdict.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_answers_after_the_measure_leave_the_verdict_open()
    {
        var criterion = new AcceptanceCriterion(PlanMetric.DimensionMean, "speed", AcceptanceCriterion.AtLeast, 4.2);

        var verdict = Evaluator.Evaluate(criterion, Repeat(30, 3), Ratings(5, 5, 5));

        Assert.Null(verdict.CriterionMet);
        Assert.Contains("only 3 observation(s)", verdict.Note, StringComparison.Ordinal);
    }
}
