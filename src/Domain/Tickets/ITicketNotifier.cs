using AfterSalesBot.Domain.Tickets.Sla;

namespace AfterSalesBot.Domain.Tickets;

/// <summary>Tells people about SLA events (the owner at the warning, the new owner on escalation). Sent after the change is committed.</summary>
public interface ITicketNotifier
{
    /// <summary>The warn fraction of a deadline has passed; the owner should act before <paramref name="dueAt"/>.</summary>
    Task DeadlineApproachingAsync(Ticket ticket, SlaEventKind kind, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>A deadline passed: the ticket is now at <see cref="TicketGrade.Level"/> with its new owner (unchanged at the top level).</summary>
    Task DeadlineMissedAsync(Ticket ticket, SlaEventKind kind, int previousLevel, string previousOwner, CancellationToken cancellationToken);
}
