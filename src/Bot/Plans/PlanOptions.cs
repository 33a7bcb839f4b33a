using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Plans;

/// <summary>Settings of section <c>Plans</c>.</summary>
public sealed class PlanOptions
{
    public const string SectionName = "Plans";

    /// <summary>When the same customer group is surveyed again after a measure is done (domain.md §4: 1–2 months).</summary>
    public TimeSpan ResurveyAfter { get; set; } = TimeSpan.FromDays(45);

    /// <summary>Answers needed after the measure before the criterion is judged.</summary>
    [Range(1, 100000)]
    public int MinAfterCount { get; set; } = 5;

    /// <summary>Significance level of the before/after test.</summary>
    [Range(0.0001, 0.5)]
    public double Alpha { get; set; } = 0.05;
}
