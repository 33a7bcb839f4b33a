using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.FollowUps;

/// <summary>Settings of section <c>FollowUps</c>: call-backs from answers, churn flags, the monthly verification sample.</summary>
public sealed class FollowUpOptions
{
    public const string SectionName = "FollowUps";

    public bool Enabled { get; set; } = true;

    [Range(1, 3600)]
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>A 1–5 rating at or below this creates a call-back task.</summary>
    [Range(1, 4)]
    public int LowRatingMax { get; set; } = 2;

    /// <summary>An NPS at or below this creates a call-back task.</summary>
    [Range(0, 9)]
    public int LowNpsMax { get; set; } = 3;

    /// <summary>yes/no questions whose "yes" asks for a call-back.</summary>
    public List<string> CallbackQuestionIds { get; set; } = ["callback"];

    /// <summary>How soon the call must happen (domain.md §2: 24 h).</summary>
    public TimeSpan CallbackDueWithin { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Share of last month's completed responses drawn for verification calls.</summary>
    [Range(0.0, 1.0)]
    public double VerificationFraction { get; set; } = 0.10;

    /// <summary>Seed of the monthly draw; empty = derived from the month (2026-03 → 202603), so anyone can redraw it.</summary>
    public int? VerificationSeed { get; set; }

    public TimeSpan VerificationDueWithin { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Churn: a drop of the mean rating across the last two surveys by at least this much.</summary>
    [Range(0.1, 4.0)]
    public double ChurnScoreDrop { get; set; } = 1.0;

    /// <summary>Churn: this many complaints within <see cref="ChurnComplaintWindow"/>.</summary>
    [Range(1, 100)]
    public int ChurnRepeatedComplaints { get; set; } = 2;

    public TimeSpan ChurnComplaintWindow { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Language of call-back tasks that come from no conversation (churn, verification).</summary>
    [RegularExpression("^(zh-CN|en-US)$")]
    public string DefaultLocale { get; set; } = "zh-CN";
}
