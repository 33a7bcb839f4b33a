namespace AfterSalesBot.Domain.ServiceEvents;

/// <summary>Either a checked event or the reasons it was refused (each naming the field).</summary>
public sealed record ServiceEventParseResult(ServiceEvent? Event, IReadOnlyList<string> Errors)
{
    public bool IsValid => Event is not null;
}
