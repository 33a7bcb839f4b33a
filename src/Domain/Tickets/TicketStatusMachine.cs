namespace AfterSalesBot.Domain.Tickets;

/// <summary>The legal status transitions. Everything not listed here is refused with <see cref="InvalidTicketTransitionException"/>.</summary>
public static class TicketStatusMachine
{
    private static readonly Dictionary<TicketStatus, TicketStatus[]> Allowed = new()
    {
        [TicketStatus.New] = [TicketStatus.Acknowledged],
        [TicketStatus.Acknowledged] = [TicketStatus.InProgress, TicketStatus.Resolved],
        [TicketStatus.InProgress] = [TicketStatus.Resolved],
        // Only the customer's answer moves a resolved ticket on: confirmed (solved) or reopened (not solved).
        [TicketStatus.Resolved] = [TicketStatus.Confirmed, TicketStatus.Reopened],
        // The 3-day follow-up either closes it or finds the problem came back.
        [TicketStatus.Confirmed] = [TicketStatus.Closed, TicketStatus.Reopened],
        [TicketStatus.Reopened] = [TicketStatus.InProgress, TicketStatus.Resolved],
        [TicketStatus.Closed] = [],
    };

    /// <summary>Whether <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanMove(TicketStatus from, TicketStatus to) =>
        Allowed.TryGetValue(from, out var targets) && Array.IndexOf(targets, to) >= 0;

    /// <summary>The statuses reachable from <paramref name="from"/> in one step.</summary>
    public static IReadOnlyList<TicketStatus> Next(TicketStatus from) => Allowed.TryGetValue(from, out var targets) ? targets : [];

    /// <summary>Throws a clear error when the move is not allowed.</summary>
    public static void EnsureCanMove(string number, TicketStatus from, TicketStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new InvalidTicketTransitionException(number, from, to);
        }
    }

    /// <summary>Open statuses are the ones a deadline runs for (the customer is waiting on us).</summary>
    public static bool IsOpen(TicketStatus status) =>
        status is TicketStatus.New or TicketStatus.Acknowledged or TicketStatus.InProgress or TicketStatus.Reopened;
}
