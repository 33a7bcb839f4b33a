namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>The result of routing: the owning department, its supporting departments and the owner's staff id.</summary>
public sealed record TicketRoute(string Department, IReadOnlyList<string> SupportingDepartments, string Owner);
