namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>First response and solution deadlines for one urgency.</summary>
public sealed class UrgencyDeadline
{
    public DeadlineSpan FirstResponse { get; set; } = new();

    public DeadlineSpan Solution { get; set; } = new();
}
