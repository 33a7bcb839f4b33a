namespace AfterSalesBot.Domain.Tickets;

/// <summary>Input to a ticket operation is wrong; <see cref="Field"/> names the field (as the API spells it).</summary>
public sealed class TicketValidationException : ArgumentException
{
    public TicketValidationException(string field, string message)
        : base(message, field)
    {
        Field = field;
    }

    public TicketValidationException()
    {
        Field = string.Empty;
    }

    public TicketValidationException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    public TicketValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    public string Field { get; }

    /// <summary>The message without the " (Parameter 'x')" suffix ArgumentException adds.</summary>
    public string Reason => ParamName is null ? Message : Message.Replace($" (Parameter '{ParamName}')", string.Empty, StringComparison.Ordinal);
}
