namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>A department: its names (language → text) and the staff id new tickets are assigned to.</summary>
public sealed class DepartmentRule
{
    public Dictionary<string, string> Names { get; set; } = [];

    public string Owner { get; set; } = string.Empty;
}
