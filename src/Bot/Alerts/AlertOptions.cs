using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Alerts;

/// <summary>Settings of section <c>Alerts</c>: thresholds and where alerts go.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    public bool Enabled { get; set; } = true;

    /// <summary>Alert when a survey × channel's response rate this month is below this (domain.md §1: 60 %).</summary>
    [Range(0.0, 1.0)]
    public double ResponseRateMin { get; set; } = 0.6;

    /// <summary>Invitations sent before a response rate is judged (the first few days of a month say little).</summary>
    [Range(1, 100000)]
    public int ResponseRateMinSent { get; set; } = 20;

    /// <summary>Alert when a rating dimension's mean over the last 7 days is below this (domain.md §3: 4.5).</summary>
    [Range(1.0, 5.0)]
    public double ScoreMin { get; set; } = 4.5;

    [Range(1, 100000)]
    public int ScoreMinRatings { get; set; } = 10;

    /// <summary>POST each alert as JSON here as well as to the log; empty = log only.</summary>
    public string? WebhookUrl { get; set; }
}
