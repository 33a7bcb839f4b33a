namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>What a matching grading rule raises the grade to: an urgency and a minimum escalation level.</summary>
public class RaiseRule
{
    /// <summary>"urgent", "complex" or "general".</summary>
    public string Urgency { get; set; } = "general";

    public int MinimumLevel { get; set; } = 1;
}
