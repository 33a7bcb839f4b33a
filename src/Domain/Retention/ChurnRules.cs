using System.Globalization;
using AfterSalesBot.Domain.FollowUps;

namespace AfterSalesBot.Domain.Retention;

/// <summary>
/// When a customer is at risk of leaving (domain.md §5): scores that fall across surveys, or complaints repeated
/// within a period. Returns the reasons in plain words; none means no flag.
/// </summary>
public sealed record ChurnRules
{
    /// <summary>A drop of the latest survey's mean rating below the previous one by at least this much.</summary>
    public double ScoreDrop { get; init; } = 1.0;

    /// <summary>A latest mean rating at or below this after an earlier survey above it.</summary>
    public double LowMean { get; init; } = 2.5;

    /// <summary>Complaints within <see cref="ComplaintWindow"/> that count as repeated.</summary>
    public int RepeatedComplaints { get; init; } = 2;

    public TimeSpan ComplaintWindow { get; init; } = TimeSpan.FromDays(90);

    public IReadOnlyList<string> Reasons(CustomerHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var reasons = new List<string>();
        var surveys = history.Surveys;
        if (surveys.Count >= 2)
        {
            var previous = surveys[^2].MeanRating;
            var latest = surveys[^1].MeanRating;
            if (previous - latest >= ScoreDrop || (latest <= LowMean && previous > LowMean))
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"scores fell from {previous:0.0} to {latest:0.0} across the last two surveys"));
            }
        }

        if (history.ComplaintsInWindow >= RepeatedComplaints)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{history.ComplaintsInWindow} complaints within {ComplaintWindow.TotalDays:0} days"));
        }

        return reasons;
    }
}
