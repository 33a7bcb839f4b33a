namespace AfterSalesBot.Dialogs.Complaints;

/// <summary>
/// A question about a ticket the bot asked proactively and the customer has not fully answered yet. Set by the host
/// when it sends the question; the engine reads the answer.
/// </summary>
public sealed class TicketCheck
{
    public string TicketNumber { get; set; } = string.Empty;

    public TicketCheckKind Kind { get; set; }

    /// <summary>For a confirmation: null until "is it solved?" is answered; then the satisfaction question is open.</summary>
    public bool? Solved { get; set; }

    public int Retries { get; set; }
}
