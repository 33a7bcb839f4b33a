namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>The rules file is unreadable or wrong; <see cref="Errors"/> holds one line per problem, each naming the path inside the file.</summary>
public sealed class TicketRulesException : Exception
{
    public TicketRulesException(string source, IReadOnlyList<string> errors)
        : base($"{source} is invalid:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}")
    {
        Source = source;
        Errors = errors;
    }

    public TicketRulesException()
    {
        Errors = [];
    }

    public TicketRulesException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public TicketRulesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
