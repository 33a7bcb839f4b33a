namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// Urgency and escalation level with the reasons that produced them. An override by a supervisor keeps the
/// supervisor's id and reason; the automatic reasons stay for comparison.
/// </summary>
public sealed record TicketGrade(
    Urgency Urgency,
    int Level,
    IReadOnlyList<string> Reasons,
    string? OverrideReason = null,
    string? OverriddenBy = null)
{
    public const int MinLevel = 1;

    public const int MaxLevel = 3;

    public bool IsOverridden => OverrideReason is not null;
}
