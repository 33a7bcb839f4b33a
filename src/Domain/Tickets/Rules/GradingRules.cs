namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>
/// How urgency and escalation level are decided. Every matching rule can only raise them: urgent beats complex,
/// complex beats general, and the highest minimum level wins.
/// </summary>
public sealed class GradingRules
{
    public string DefaultUrgency { get; set; } = "general";

    /// <summary>Word lists (safety hazards, public outcry) that raise urgency and level when the description contains one.</summary>
    public List<KeywordRule> KeywordRules { get; set; } = [];

    public RepeatComplaintRule? RepeatComplaints { get; set; }

    public AngerRule? StrongAnger { get; set; }

    /// <summary>Customer tier (e.g. "vip") → the urgency and level its complaints get at least.</summary>
    public Dictionary<string, RaiseRule> CustomerTiers { get; set; } = [];

    public ComplexRule? Complex { get; set; }
}
