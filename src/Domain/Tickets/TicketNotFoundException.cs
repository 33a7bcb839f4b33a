namespace AfterSalesBot.Domain.Tickets;

/// <summary>No ticket has this number.</summary>
public sealed class TicketNotFoundException : Exception
{
    public TicketNotFoundException(string number)
        : base($"There is no ticket {number}.")
    {
        Number = number;
    }

    public TicketNotFoundException()
    {
        Number = string.Empty;
    }

    public TicketNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Number = string.Empty;
    }

    public string Number { get; }
}
