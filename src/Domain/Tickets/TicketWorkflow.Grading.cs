namespace AfterSalesBot.Domain.Tickets;

/// <summary>Supervisor overrides of the automatic grade.</summary>
public sealed partial class TicketWorkflow
{
    /// <summary>
    /// A supervisor sets urgency and/or level with a reason (kept, with the automatic reasons). Running deadlines are
    /// recomputed from when their clocks started; a level change reassigns per the level table.
    /// </summary>
    public TicketUpdate OverrideGrade(Ticket ticket, string supervisor, Urgency? urgency, int? level, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        Required(supervisor, "staffId");
        Required(reason, "reason");
        if (urgency is null && level is null)
        {
            throw new TicketValidationException("urgency", "give an urgency, a level, or both");
        }

        if (level is < TicketGrade.MinLevel or > TicketGrade.MaxLevel)
        {
            throw new TicketValidationException("level", $"level must be 1, 2 or 3 (got {level})");
        }

        if (ticket.Status == TicketStatus.Closed)
        {
            throw new InvalidTicketTransitionException($"Ticket {ticket.Number} is closed; its grade can no longer change.");
        }

        now = Trim(now);
        var grade = ticket.Grade with
        {
            Urgency = urgency ?? ticket.Grade.Urgency,
            Level = level ?? ticket.Grade.Level,
            OverrideReason = reason.Trim(),
            OverriddenBy = supervisor.Trim(),
        };
        var table = _rules.Deadlines.For(grade.Urgency);
        var next = ticket with { Grade = grade, UpdatedAt = now };
        if (grade.Urgency != ticket.Grade.Urgency)
        {
            next = next with
            {
                ResponseDueAt = ticket.AwaitsResponse
                    ? Trim(_deadlines.EarliestDue(ticket.ResponseClockFrom, table.FirstResponse, _rules.Deadlines.AcknowledgeWithin))
                    : ticket.ResponseDueAt,
                ResolutionDueAt = Trim(_deadlines.Due(ticket.ResolutionClockFrom, table.Solution)),
            };
        }

        var history = new List<TicketHistoryEntry>
        {
            new(now, TicketEventKind.GradeOverridden, supervisor.Trim(),
                $"urgency {TicketText.Urgency(ticket.Grade.Urgency)} → {TicketText.Urgency(grade.Urgency)}, level {ticket.Grade.Level} → {grade.Level}; reason: {reason.Trim()}"),
        };
        if (grade.Level != ticket.Grade.Level)
        {
            next = Reassign(next, grade.Level, supervisor.Trim(), now, history);
        }

        return Finish(next, history, []);
    }

    private Ticket Reassign(Ticket ticket, int level, string actor, DateTimeOffset now, List<TicketHistoryEntry> history)
    {
        var route = _router.Route(ticket.Category, level);
        if (route.Department == ticket.Department && route.Owner == ticket.Owner)
        {
            return ticket;
        }

        history.Add(new TicketHistoryEntry(now, TicketEventKind.Reassigned, actor,
            $"{ticket.Department}/{ticket.Owner} → {route.Department}/{route.Owner} (level {level}: {LevelName(level)})"));
        return ticket with { Department = route.Department, SupportingDepartments = route.SupportingDepartments, Owner = route.Owner };
    }

    private string LevelName(int level)
    {
        var names = _rules.Level(level).Names;
        return names.TryGetValue("en-US", out var en) ? en : names.Values.FirstOrDefault() ?? $"level {level}";
    }
}
