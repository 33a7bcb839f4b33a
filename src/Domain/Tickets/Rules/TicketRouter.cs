namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>
/// Who owns a ticket. Level 1 goes where the routing table sends the category; a level whose rule names a department
/// (middle management, senior management) takes ownership and the routed departments support it.
/// </summary>
public sealed class TicketRouter(TicketRules rules)
{
    public TicketRoute Route(string category, int level)
    {
        var route = rules.Routing.Categories.TryGetValue(category, out var found) ? found : rules.Routing.Default;
        var levelDepartment = rules.Level(level).Department;
        if (levelDepartment is null || levelDepartment == route.Department)
        {
            return new TicketRoute(route.Department, route.Supporting.Where(s => s != route.Department).Distinct().ToList(), rules.Departments[route.Department].Owner);
        }

        var supporting = new[] { route.Department }.Concat(route.Supporting).Where(d => d != levelDepartment).Distinct().ToList();
        return new TicketRoute(levelDepartment, supporting, rules.Departments[levelDepartment].Owner);
    }

    /// <summary>The routed (level 1) supporting departments of a category, used by the complex-work rule.</summary>
    public IReadOnlyList<string> SupportingFor(string category) =>
        (rules.Routing.Categories.TryGetValue(category, out var found) ? found : rules.Routing.Default).Supporting;
}
