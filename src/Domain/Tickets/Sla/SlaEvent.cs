namespace AfterSalesBot.Domain.Tickets.Sla;

/// <summary>A scheduled SLA action on a ticket: fire at <see cref="FireAt"/> for the deadline <see cref="DueAt"/>. Unique per (ticket, kind, due).</summary>
public sealed record SlaEvent(SlaEventKind Kind, DateTimeOffset DueAt, DateTimeOffset FireAt)
{
    public bool IsWarning => Kind is SlaEventKind.ResponseWarning or SlaEventKind.ResolutionWarning;

    public bool IsResponse => Kind is SlaEventKind.ResponseWarning or SlaEventKind.ResponseBreach;
}
