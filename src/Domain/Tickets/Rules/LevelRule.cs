namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>
/// An escalation level: who handles it and the limits that run from the moment a ticket reaches it.
/// Without a <see cref="Department"/> the routed department keeps the ticket (level 1, the front line).
/// </summary>
public sealed class LevelRule
{
    public int Level { get; set; }

    /// <summary>Language → who handles this level ("客服" / "customer service").</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    public string? Department { get; set; }

    public DeadlineSpan RespondWithin { get; set; } = new();

    public DeadlineSpan ResolveWithin { get; set; } = new();
}
