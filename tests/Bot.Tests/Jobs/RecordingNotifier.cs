using System.Collections.Concurrent;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Sla;

namespace AfterSalesBot.Bot.Tests.Jobs;

/// <summary>Keeps every notification, so tests can count them per ticket.</summary>
public sealed class RecordingNotifier : ITicketNotifier
{
    public ConcurrentQueue<(string Number, SlaEventKind Kind, string Owner, int Level)> Sent { get; } = new();

    public Task DeadlineApproachingAsync(Ticket ticket, SlaEventKind kind, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        Sent.Enqueue((ticket.Number, kind, ticket.Owner, ticket.Grade.Level));
        return Task.CompletedTask;
    }

    public Task DeadlineMissedAsync(Ticket ticket, SlaEventKind kind, int previousLevel, string previousOwner, CancellationToken cancellationToken)
    {
        Sent.Enqueue((ticket.Number, kind, ticket.Owner, ticket.Grade.Level));
        return Task.CompletedTask;
    }
}
