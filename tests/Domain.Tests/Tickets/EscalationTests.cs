using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Sla;

namespace AfterSalesBot.Domain.Tests.Tickets;

/// <summary>What a fired SLA event does, level by level (limits: L1 24 h/48 h, L2 72 h/120 h, L3 120 h/240 h).</summary>
public sealed class EscalationTests
{
    private static readonly TicketWorkflow Workflow = new(ShippedRules.Load());
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static Ticket New(Urgency urgency, int level) =>
        Workflow.Open("T20260302-0001", new NewComplaint("C1", "webchat", "x", "product_quality", "repair"), new TicketGrade(urgency, level, ["test"]), T0).Next;

    [Fact]
    public void The_warning_fires_at_80_percent_of_each_running_deadline()
    {
        var schedule = Workflow.Schedule(New(Urgency.Urgent, 1));

        Assert.Equal(
            [
                (SlaEventKind.ResponseWarning, T0.AddMinutes(96)),
                (SlaEventKind.ResponseBreach, T0.AddHours(2)),
                (SlaEventKind.ResolutionWarning, T0.AddMinutes(1152)),
                (SlaEventKind.ResolutionBreach, T0.AddHours(24)),
            ],
            schedule.Select(e => (e.Kind, e.FireAt)));
    }

    [Theory]
    // A missed first response at level 1 → level 2 (middle management): respond within 72 h from now; the solution
    // deadline stays when it is earlier than the level's 120 h.
    [InlineData(1, SlaEventKind.ResponseBreach, 2, "middle_management", "M2001", 72, null)]
    // A missed solution at level 1 → level 2: 120 h to resolve from now.
    [InlineData(1, SlaEventKind.ResolutionBreach, 2, "middle_management", "M2001", null, 120)]
    // A missed solution at level 2 → level 3 (senior management): 240 h from now.
    [InlineData(2, SlaEventKind.ResolutionBreach, 3, "senior_management", "E3001", null, 240)]
    // A missed first response at level 2 → level 3: respond within 120 h.
    [InlineData(2, SlaEventKind.ResponseBreach, 3, "senior_management", "E3001", 120, null)]
    public void A_breach_escalates_one_level_reassigns_and_restarts_the_missed_deadline(
        int level, SlaEventKind kind, int newLevel, string department, string owner, int? respondHours, int? resolveHours)
    {
        var ticket = New(Urgency.General, level);
        var due = kind == SlaEventKind.ResponseBreach ? ticket.ResponseDueAt : ticket.ResolutionDueAt;
        var now = due.AddMinutes(1);

        var next = Workflow.Apply(ticket, new SlaEvent(kind, due, due), now)!.Next;

        Assert.Equal(newLevel, next.Grade.Level);
        Assert.Equal(department, next.Department);
        Assert.Equal(owner, next.Owner);
        if (respondHours is { } r)
        {
            Assert.Equal(now.AddHours(r), next.ResponseDueAt);
            Assert.Equal(ticket.ResolutionDueAt, next.ResolutionDueAt);
        }

        if (resolveHours is { } h)
        {
            Assert.Equal(now.AddHours(h), next.ResolutionDueAt);
        }

        Assert.Contains(next.History, e => e.Kind == TicketEventKind.Escalated && e.Actor == TicketWorkflow.ClockActor);
        Assert.Contains(next.History, e => e.Kind == TicketEventKind.Reassigned);
    }

    [Fact]
    public void A_breach_at_level_3_is_recorded_without_another_escalation()
    {
        var ticket = New(Urgency.Urgent, 3);

        var update = Workflow.Apply(ticket, new SlaEvent(SlaEventKind.ResolutionBreach, ticket.ResolutionDueAt, ticket.ResolutionDueAt), ticket.ResolutionDueAt)!;

        Assert.Equal(3, update.Next.Grade.Level);
        Assert.Equal("E3001", update.Next.Owner);
        Assert.Equal(TicketEventKind.DeadlineBreached, Assert.Single(update.AddedHistory).Kind);
    }

    [Fact]
    public void An_event_for_a_deadline_that_was_met_does_nothing()
    {
        var ticket = Workflow.Acknowledge(New(Urgency.Urgent, 1), "S1001", T0.AddMinutes(5)).Next;

        Assert.Null(Workflow.Apply(ticket, new SlaEvent(SlaEventKind.ResponseBreach, ticket.ResponseDueAt, ticket.ResponseDueAt), T0.AddHours(2)));
        Assert.DoesNotContain(Workflow.Schedule(ticket), e => e.IsResponse);
    }

    [Fact]
    public void A_warning_only_adds_a_history_line()
    {
        var ticket = New(Urgency.General, 1);

        var update = Workflow.Apply(ticket, new SlaEvent(SlaEventKind.ResponseWarning, ticket.ResponseDueAt, T0.AddMinutes(192)), T0.AddMinutes(192))!;

        Assert.Equal(TicketEventKind.DeadlineWarning, Assert.Single(update.AddedHistory).Kind);
        Assert.Equal(ticket.Owner, update.Next.Owner);
        Assert.Equal(1, update.Next.Grade.Level);
    }
}
