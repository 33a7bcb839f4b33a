using AfterSalesBot.Domain.Tickets;

namespace AfterSalesBot.Bot.Tickets;

/// <summary>One history line: when, what (snake_case kind), who, details, and the status change if it was one.</summary>
public sealed record TicketHistoryResponse(DateTimeOffset At, string Kind, string Actor, string Detail, string? From, string? To)
{
    public static TicketHistoryResponse Of(TicketHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new TicketHistoryResponse(
            entry.At,
            TicketText.Event(entry.Kind),
            entry.Actor,
            entry.Detail,
            entry.FromStatus is { } f ? TicketText.Status(f) : null,
            entry.ToStatus is { } to ? TicketText.Status(to) : null);
    }
}
