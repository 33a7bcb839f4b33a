namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>Category id → owning department (+ supporting ones); <see cref="Default"/> for anything not listed.</summary>
public sealed class RoutingRules
{
    public RouteRule Default { get; set; } = new();

    public Dictionary<string, RouteRule> Categories { get; set; } = [];
}
