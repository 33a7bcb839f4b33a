namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>The deadline table by urgency, the acknowledgement limit every complaint has, and when the owner is warned.</summary>
public sealed class DeadlineRules
{
    /// <summary>Every complaint is acknowledged within this (domain: 24 h); caps the first-response deadline.</summary>
    public DeadlineSpan AcknowledgeWithin { get; set; } = new();

    /// <summary>Fraction of a deadline's time after which the owner is warned (domain: 0.8).</summary>
    public double WarnAtFraction { get; set; } = 0.8;

    public UrgencyDeadline Urgent { get; set; } = new();

    public UrgencyDeadline General { get; set; } = new();

    public UrgencyDeadline Complex { get; set; } = new();

    public UrgencyDeadline For(Urgency urgency) => urgency switch
    {
        Tickets.Urgency.Urgent => Urgent,
        Tickets.Urgency.Complex => Complex,
        _ => General,
    };
}
