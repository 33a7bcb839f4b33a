namespace AfterSalesBot.Domain.Tickets;

/// <summary>A status change the status machine does not allow (e.g. closing a ticket the customer never confirmed).</summary>
public sealed class InvalidTicketTransitionException : InvalidOperationException
{
    public InvalidTicketTransitionException(string number, TicketStatus from, TicketStatus to)
        : base(Describe(number, from, to))
    {
        Number = number;
        From = from;
        To = to;
    }

    public InvalidTicketTransitionException()
    {
        Number = string.Empty;
    }

    public InvalidTicketTransitionException(string message)
        : base(message)
    {
        Number = string.Empty;
    }

    public InvalidTicketTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Number = string.Empty;
    }

    public string Number { get; }

    public TicketStatus From { get; }

    public TicketStatus To { get; }

    private static string Describe(string number, TicketStatus from, TicketStatus to)
    {
        var next = TicketStatusMachine.Next(from);
        var allowed = next.Count == 0 ? "none (the ticket is finished)" : string.Join(", ", next.Select(TicketText.Status));
        return $"Ticket {number} is {TicketText.Status(from)} and cannot become {TicketText.Status(to)}; allowed next: {allowed}.";
    }
}
