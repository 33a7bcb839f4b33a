using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Sla;

namespace AfterSalesBot.Bot.Tickets;

/// <summary>The notifier that ships: one structured log line per SLA event, for a log collector to route to people.</summary>
internal sealed partial class LoggingTicketNotifier(ILogger<LoggingTicketNotifier> logger) : ITicketNotifier
{
    public Task DeadlineApproachingAsync(Ticket ticket, SlaEventKind kind, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        LogWarning(logger, ticket.Number, ticket.Owner, ticket.Department, kind, dueAt);
        return Task.CompletedTask;
    }

    public Task DeadlineMissedAsync(Ticket ticket, SlaEventKind kind, int previousLevel, string previousOwner, CancellationToken cancellationToken)
    {
        LogMissed(logger, ticket.Number, kind, previousLevel, previousOwner, ticket.Grade.Level, ticket.Owner, ticket.Department);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {Number}: {Kind}, due {DueAt:u}; owner {Owner} ({Department}) notified.")]
    private static partial void LogWarning(ILogger logger, string number, string owner, string department, SlaEventKind kind, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ticket {Number}: {Kind}; level {PreviousLevel} ({PreviousOwner}) → level {Level}, owner {Owner} ({Department}).")]
    private static partial void LogMissed(ILogger logger, string number, SlaEventKind kind, int previousLevel, string previousOwner, int level, string owner, string department);
}
