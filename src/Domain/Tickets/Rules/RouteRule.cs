namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>One owning department and optional supporting departments (ids from the departments table).</summary>
public sealed class RouteRule
{
    public string Department { get; set; } = string.Empty;

    public List<string> Supporting { get; set; } = [];
}
