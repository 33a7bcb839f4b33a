namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>Local working hours ("09:00" to "18:00").</summary>
public sealed class WorkingHoursRule
{
    public string Start { get; set; } = string.Empty;

    public string End { get; set; } = string.Empty;
}
