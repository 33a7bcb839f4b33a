using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Dialogs.Handoffs;

/// <summary>
/// When the survey offers a person (configuration section <c>Handoff:Triggers</c>). Defaults from domain.md: any
/// rating of 3 or less, a comment that reads clearly negative or angry. An explicit request ("人工", "human") always
/// hands off at once. Each offer is made at most once per survey response, after the answer is recorded.
/// </summary>
public sealed class HandoffTriggerOptions
{
    public const string SectionName = "Handoff:Triggers";

    /// <summary>A 1–5 rating at or below this offers a live agent; 0 turns the offer off.</summary>
    [Range(0, 5)]
    public int LowRating { get; set; } = 3;

    /// <summary>A comment tagged negative with at least this strength (|sentiment score|) offers a live agent; above 1 turns it off.</summary>
    [Range(0.0, 1.01)]
    public double NegativeSentimentStrength { get; set; } = 0.8;

    /// <summary>A comment tagged <c>angry</c> with at least this probability offers a live agent; above 1 turns it off.</summary>
    [Range(0.0, 1.01)]
    public double AngryConfidence { get; set; } = 0.6;
}
