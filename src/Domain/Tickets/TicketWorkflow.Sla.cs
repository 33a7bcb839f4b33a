using AfterSalesBot.Domain.Tickets.Sla;

namespace AfterSalesBot.Domain.Tickets;

/// <summary>The SLA side: which events a ticket schedules, and what a fired warning or breach does.</summary>
public sealed partial class TicketWorkflow
{
    /// <summary>The events that should be pending for the ticket now: a warning and a breach for each running deadline.</summary>
    public IReadOnlyList<SlaEvent> Schedule(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var events = new List<SlaEvent>(4);
        if (ticket.AwaitsResponse)
        {
            events.Add(new SlaEvent(SlaEventKind.ResponseWarning, ticket.ResponseDueAt, WarnAt(ticket.ResponseClockFrom, ticket.ResponseDueAt)));
            events.Add(new SlaEvent(SlaEventKind.ResponseBreach, ticket.ResponseDueAt, ticket.ResponseDueAt));
        }

        if (ticket.AwaitsResolution)
        {
            events.Add(new SlaEvent(SlaEventKind.ResolutionWarning, ticket.ResolutionDueAt, WarnAt(ticket.ResolutionClockFrom, ticket.ResolutionDueAt)));
            events.Add(new SlaEvent(SlaEventKind.ResolutionBreach, ticket.ResolutionDueAt, ticket.ResolutionDueAt));
        }

        return events;
    }

    /// <summary>
    /// What a fired event does to the ticket: null when it no longer applies (acknowledged or resolved in time, or the
    /// deadline moved); a warning adds a history line; a breach escalates one level, reassigns per the level table and
    /// restarts the missed deadline with the new level's limit (at the top level the breach is only recorded).
    /// </summary>
    public TicketUpdate? Apply(Ticket ticket, SlaEvent slaEvent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(slaEvent);
        var stillRunning = slaEvent.IsResponse
            ? ticket.AwaitsResponse && ticket.ResponseDueAt == slaEvent.DueAt
            : ticket.AwaitsResolution && ticket.ResolutionDueAt == slaEvent.DueAt;
        if (!stillRunning)
        {
            return null;
        }

        now = Trim(now);
        var which = slaEvent.IsResponse ? "first-response" : "solution";
        var history = new List<TicketHistoryEntry>();
        if (slaEvent.IsWarning)
        {
            history.Add(new TicketHistoryEntry(now, TicketEventKind.DeadlineWarning, ClockActor,
                FormattableString.Invariant($"{_rules.Deadlines.WarnAtFraction * 100:0}% of the {which} deadline used; due {slaEvent.DueAt:yyyy-MM-dd HH:mm} UTC; owner {ticket.Owner} warned")));
            return Finish(ticket with { UpdatedAt = now }, history, []);
        }

        if (ticket.Grade.Level >= TicketGrade.MaxLevel)
        {
            history.Add(new TicketHistoryEntry(now, TicketEventKind.DeadlineBreached, ClockActor,
                FormattableString.Invariant($"{which} deadline {slaEvent.DueAt:yyyy-MM-dd HH:mm} UTC missed at the top level {ticket.Grade.Level}; owner {ticket.Owner}")));
            return Finish(ticket with { UpdatedAt = now }, history, []);
        }

        var level = ticket.Grade.Level + 1;
        var limits = _rules.Level(level);
        history.Add(new TicketHistoryEntry(now, TicketEventKind.Escalated, ClockActor,
            FormattableString.Invariant($"{which} deadline {slaEvent.DueAt:yyyy-MM-dd HH:mm} UTC missed: level {ticket.Grade.Level} → {level} ({LevelName(level)})")));
        var next = ticket with
        {
            Grade = ticket.Grade with { Level = level, Reasons = [.. ticket.Grade.Reasons, $"escalated: {which} deadline missed"] },
            UpdatedAt = now,
        };
        var resolutionDue = Trim(_deadlines.Due(now, limits.ResolveWithin));
        if (slaEvent.IsResponse)
        {
            next = next with { ResponseClockFrom = now, ResponseDueAt = Trim(_deadlines.Due(now, limits.RespondWithin)) };
            if (resolutionDue < next.ResolutionDueAt)
            {
                next = next with { ResolutionClockFrom = now, ResolutionDueAt = resolutionDue };
            }
        }
        else
        {
            next = next with { ResolutionClockFrom = now, ResolutionDueAt = resolutionDue };
        }

        next = Reassign(next, level, ClockActor, now, history);
        return Finish(next, history, []);
    }

    private DateTimeOffset WarnAt(DateTimeOffset from, DateTimeOffset due) =>
        Trim(from + TimeSpan.FromTicks((long)((due - from).Ticks * _rules.Deadlines.WarnAtFraction)));
}
