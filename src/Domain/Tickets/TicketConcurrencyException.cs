namespace AfterSalesBot.Domain.Tickets;

/// <summary>The ticket changed since it was read (another agent, the SLA clock); read it again and redo the change.</summary>
public sealed class TicketConcurrencyException : Exception
{
    public TicketConcurrencyException(string number)
        : base($"Ticket {number} was changed by someone else since it was read.")
    {
        Number = number;
    }

    public TicketConcurrencyException()
    {
        Number = string.Empty;
    }

    public TicketConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Number = string.Empty;
    }

    public string Number { get; }
}
