using AfterSalesBot.Domain.Tickets.Rules;

namespace AfterSalesBot.Domain.Tickets;

/// <summary>
/// The ticket's rules in one place, as pure functions: each operation takes the current ticket and returns a
/// <see cref="TicketUpdate"/> (next state, history to append, SLA schedule), or throws when the status machine or the
/// input forbids it. No I/O here; <see cref="TicketService"/> loads and saves.
/// </summary>
public sealed partial class TicketWorkflow
{
    public const string CustomerActor = "customer";
    public const string ClockActor = "sla-clock";

    private readonly TicketRules _rules;
    private readonly DeadlineCalculator _deadlines;
    private readonly TicketRouter _router;

    public TicketWorkflow(TicketRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        Calendar = new BusinessCalendar(rules.Calendar);
        _deadlines = new DeadlineCalculator(Calendar);
        _router = new TicketRouter(rules);
        Grader = new TicketGrader(rules, _router);
    }

    public BusinessCalendar Calendar { get; }

    public TicketGrader Grader { get; }

    public TicketRouter Router => _router;

    public DeadlineCalculator Deadlines => _deadlines;

    public TicketRules Rules => _rules;

    /// <summary>A new ticket: graded, routed, with deadlines from the urgency table (first response capped by the acknowledgement limit).</summary>
    public TicketUpdate Open(string number, NewComplaint complaint, TicketGrade grade, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(grade);
        now = Trim(now);
        var route = _router.Route(complaint.Category, grade.Level);
        var table = _rules.Deadlines.For(grade.Urgency);
        var ticket = new Ticket
        {
            Number = number,
            CustomerId = complaint.CustomerId,
            ConversationId = complaint.ConversationId,
            Channel = complaint.Channel,
            Locale = complaint.Locale,
            Product = complaint.Product,
            PurchaseDate = complaint.PurchaseDate,
            Description = complaint.Description,
            Category = complaint.Category,
            Demand = complaint.Demand,
            Emotion = complaint.Emotion,
            ContactTail = complaint.ContactTail,
            IntakeKey = complaint.IntakeKey,
            Grade = grade,
            Department = route.Department,
            SupportingDepartments = route.SupportingDepartments,
            Owner = route.Owner,
            Status = TicketStatus.New,
            CreatedAt = now,
            UpdatedAt = now,
            ResponseClockFrom = now,
            ResponseDueAt = Trim(_deadlines.EarliestDue(now, table.FirstResponse, _rules.Deadlines.AcknowledgeWithin)),
            ResolutionClockFrom = now,
            ResolutionDueAt = Trim(_deadlines.Due(now, table.Solution)),
        };
        var opened = new TicketHistoryEntry(
            now,
            TicketEventKind.Opened,
            CustomerActor,
            $"urgency {TicketText.Urgency(grade.Urgency)}, level {grade.Level} ({string.Join("; ", grade.Reasons)}); department {route.Department}, owner {route.Owner}",
            null,
            TicketStatus.New);
        return Finish(ticket, [opened], []);
    }

    /// <summary>The first response: the owner has seen it and told the customer.</summary>
    public TicketUpdate Acknowledge(Ticket ticket, string staffId, DateTimeOffset now) =>
        Move(ticket, TicketStatus.Acknowledged, Required(staffId, "staffId"), "acknowledged", Trim(now));

    /// <summary>Adds a handling record; a ticket not yet in progress moves there (acknowledging it first when new).</summary>
    public TicketUpdate AddRecord(Ticket ticket, HandlingRecord record)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(record);
        Required(record.StaffId, "staffId");
        Required(record.Action, "action");
        if (record.Cost is < 0)
        {
            throw new TicketValidationException("cost", "cost must not be negative");
        }

        if (record.CompensationAmount is < 0)
        {
            throw new TicketValidationException("compensationAmount", "compensationAmount must not be negative");
        }

        if (record.CompensationAmount is > 0 && string.IsNullOrWhiteSpace(record.ApprovalNumber))
        {
            throw new TicketValidationException("approvalNumber", "a compensation needs its approval number (e.g. WC20240501001)");
        }

        if (ticket.Status == TicketStatus.Closed)
        {
            throw new InvalidTicketTransitionException($"Ticket {ticket.Number} is closed; handling records can no longer be added.");
        }

        var now = Trim(record.At);
        record = record with { At = now };
        var history = new List<TicketHistoryEntry>();
        var current = ticket;
        if (current.Status == TicketStatus.New)
        {
            current = Step(current, TicketStatus.Acknowledged, record.StaffId, "acknowledged", now, history);
        }

        if (current.Status is TicketStatus.Acknowledged or TicketStatus.Reopened)
        {
            current = Step(current, TicketStatus.InProgress, record.StaffId, "work started", now, history);
        }

        history.Add(new TicketHistoryEntry(now, TicketEventKind.RecordAdded, record.StaffId, DescribeRecord(record)));
        return Finish(current with { Records = [.. current.Records, record], UpdatedAt = now }, history, [record]);
    }

    /// <summary>Marks the problem solved from our side; the customer is asked next. A new ticket is acknowledged on the way.</summary>
    public TicketUpdate Resolve(Ticket ticket, string staffId, string summary, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        Required(staffId, "staffId");
        Required(summary, "summary");
        now = Trim(now);
        var history = new List<TicketHistoryEntry>();
        var current = ticket;
        if (current.Status == TicketStatus.New)
        {
            current = Step(current, TicketStatus.Acknowledged, staffId, "acknowledged", now, history);
        }

        current = Step(current, TicketStatus.Resolved, staffId, summary, now, history);
        current = current with
        {
            ResolvedAt = now,
            FollowUpDueAt = now.AddDays(_rules.FollowUpAfterDays),
        };
        return Finish(current, history, []);
    }

    /// <summary>The customer's answer to "is it solved, are you satisfied?": solved confirms, not solved reopens.</summary>
    public TicketUpdate Confirm(Ticket ticket, bool solved, bool? satisfied, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        now = Trim(now);
        var target = solved ? TicketStatus.Confirmed : TicketStatus.Reopened;
        TicketStatusMachine.EnsureCanMove(ticket.Number, ticket.Status, target);
        var confirmation = new CustomerConfirmation(now, solved, satisfied, comment);
        var said = $"solved: {(solved ? "yes" : "no")}, satisfied: {satisfied switch { true => "yes", false => "no", null => "not answered" }}"
            + (string.IsNullOrWhiteSpace(comment) ? string.Empty : $", said: \"{comment}\"");
        var history = new List<TicketHistoryEntry> { new(now, TicketEventKind.CustomerConfirmation, CustomerActor, said) };
        var current = solved
            ? Step(ticket, TicketStatus.Confirmed, CustomerActor, "the customer confirmed the solution", now, history)
            : Restart(Step(ticket, TicketStatus.Reopened, CustomerActor, "the customer says it is not solved", now, history), now);
        return Finish(current with { Confirmation = confirmation }, history, []);
    }

    /// <summary>The follow-up some days after resolution: the fix held (close) or the problem is back (reopen).</summary>
    public TicketUpdate FollowUp(Ticket ticket, bool held, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        now = Trim(now);
        var history = new List<TicketHistoryEntry>
        {
            new(now, TicketEventKind.CustomerConfirmation, CustomerActor, $"follow-up: fix held: {(held ? "yes" : "no")}" + (string.IsNullOrWhiteSpace(comment) ? string.Empty : $", said: \"{comment}\"")),
        };
        var current = held
            ? Step(ticket, TicketStatus.Closed, CustomerActor, "closed after the follow-up", now, history) with { ClosedAt = now }
            : Restart(Step(ticket, TicketStatus.Reopened, CustomerActor, "the problem came back after the resolution", now, history), now);
        return Finish(current, history, []);
    }

    /// <summary>An agent reopens a resolved or confirmed ticket; the solution deadline starts again.</summary>
    public TicketUpdate Reopen(Ticket ticket, string actor, string reason, DateTimeOffset now)
    {
        Required(actor, "staffId");
        Required(reason, "reason");
        now = Trim(now);
        var history = new List<TicketHistoryEntry>();
        var current = Restart(Step(ticket, TicketStatus.Reopened, actor, reason, now, history), now);
        return Finish(current, history, []);
    }

    /// <summary>Closes a ticket the customer confirmed (without waiting for the follow-up).</summary>
    public TicketUpdate Close(Ticket ticket, string staffId, DateTimeOffset now)
    {
        now = Trim(now);
        var history = new List<TicketHistoryEntry>();
        var current = Step(ticket, TicketStatus.Closed, Required(staffId, "staffId"), "closed", now, history) with { ClosedAt = now };
        return Finish(current, history, []);
    }

    private TicketUpdate Move(Ticket ticket, TicketStatus to, string actor, string detail, DateTimeOffset now)
    {
        var history = new List<TicketHistoryEntry>();
        return Finish(Step(ticket, to, actor, detail, now, history), history, []);
    }

    private static Ticket Step(Ticket ticket, TicketStatus to, string actor, string detail, DateTimeOffset now, List<TicketHistoryEntry> history)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        TicketStatusMachine.EnsureCanMove(ticket.Number, ticket.Status, to);
        history.Add(new TicketHistoryEntry(now, TicketEventKind.StatusChanged, actor, detail, ticket.Status, to));
        var next = ticket with { Status = to, UpdatedAt = now };
        return to == TicketStatus.Acknowledged && next.RespondedAt is null ? next with { RespondedAt = now } : next;
    }

    /// <summary>A reopened ticket gets a fresh solution deadline from its urgency.</summary>
    private Ticket Restart(Ticket ticket, DateTimeOffset now) => ticket with
    {
        ResolutionClockFrom = now,
        ResolutionDueAt = Trim(_deadlines.Due(now, _rules.Deadlines.For(ticket.Grade.Urgency).Solution)),
        ResolvedAt = null,
        FollowUpDueAt = null,
    };

    private TicketUpdate Finish(Ticket next, IReadOnlyList<TicketHistoryEntry> history, IReadOnlyList<HandlingRecord> records) =>
        new(next with { History = [.. next.History, .. history] }, history, records, Schedule(next));

    private static string DescribeRecord(HandlingRecord record)
    {
        var parts = new List<string> { record.Action };
        if (record.Cost is { } cost)
        {
            parts.Add(FormattableString.Invariant($"cost {cost:0.##}"));
        }

        if (record.CompensationAmount is { } amount)
        {
            parts.Add(FormattableString.Invariant($"compensation {amount:0.##} (approval {record.ApprovalNumber})"));
        }

        return string.Join("; ", parts);
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new TicketValidationException(field, $"{field} is required") : value.Trim();

    /// <summary>Times are kept to the millisecond so they survive both databases unchanged (deadlines are compared for equality).</summary>
    internal static DateTimeOffset Trim(DateTimeOffset value) =>
        new DateTimeOffset(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
