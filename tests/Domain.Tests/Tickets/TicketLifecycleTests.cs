using AfterSalesBot.Domain.Tickets;

namespace AfterSalesBot.Domain.Tests.Tickets;

public sealed class TicketLifecycleTests
{
    private static readonly TicketWorkflow Workflow = new(ShippedRules.Load());
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static Ticket New(Urgency urgency = Urgency.General, int level = 1) =>
        Workflow.Open("T20260302-0001", new NewComplaint("C20260302-0001", "webchat", "空调不制冷", "product_quality", "repair"), new TicketGrade(urgency, level, ["test"]), T0).Next;

    [Fact]
    public void The_whole_path_is_legal_and_every_transition_is_timestamped_in_history()
    {
        var t = New();
        t = Workflow.Acknowledge(t, "S1001", T0.AddMinutes(10)).Next;
        t = Workflow.AddRecord(t, new HandlingRecord(T0.AddHours(1), "S1001", "replaced compressor on site", 350m, null, null)).Next;
        t = Workflow.Resolve(t, "S1001", "compressor replaced, cooling normal", T0.AddHours(5)).Next;
        t = Workflow.Confirm(t, solved: true, satisfied: true, "好了，谢谢", T0.AddHours(6)).Next;
        t = Workflow.FollowUp(t, held: true, null, T0.AddDays(3)).Next;

        Assert.Equal(TicketStatus.Closed, t.Status);
        var moves = t.History.Where(h => h.Kind == TicketEventKind.StatusChanged).Select(h => (h.FromStatus, h.ToStatus, h.At)).ToList();
        Assert.Equal(
            [
                (TicketStatus.New, TicketStatus.Acknowledged, T0.AddMinutes(10)),
                (TicketStatus.Acknowledged, TicketStatus.InProgress, T0.AddHours(1)),
                (TicketStatus.InProgress, TicketStatus.Resolved, T0.AddHours(5)),
                (TicketStatus.Resolved, TicketStatus.Confirmed, T0.AddHours(6)),
                (TicketStatus.Confirmed, TicketStatus.Closed, T0.AddDays(3)),
            ],
            moves.Select(m => ((TicketStatus)m.FromStatus!, (TicketStatus)m.ToStatus!, m.At)));
        Assert.Equal(T0.AddMinutes(10), t.RespondedAt);
        Assert.Equal(T0.AddHours(5).AddDays(3), t.FollowUpDueAt);
        Assert.Equal(T0.AddDays(3), t.ClosedAt);
        Assert.True(t.Confirmation!.Solved);
        Assert.Equal("好了，谢谢", t.Confirmation.Comment);
        Assert.Empty(Workflow.Schedule(t));
    }

    [Theory]
    [InlineData(TicketStatus.New, TicketStatus.Resolved)]
    [InlineData(TicketStatus.New, TicketStatus.Closed)]
    [InlineData(TicketStatus.InProgress, TicketStatus.Closed)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed)]
    [InlineData(TicketStatus.Closed, TicketStatus.Reopened)]
    [InlineData(TicketStatus.Acknowledged, TicketStatus.New)]
    public void Illegal_transitions_are_refused(TicketStatus from, TicketStatus to)
    {
        Assert.False(TicketStatusMachine.CanMove(from, to));
        var error = Assert.Throws<InvalidTicketTransitionException>(() => TicketStatusMachine.EnsureCanMove("T1", from, to));
        Assert.Contains($"cannot become {TicketText.Status(to)}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resolved_ticket_cannot_be_closed_before_the_customer_confirms()
    {
        var resolved = Workflow.Resolve(New(), "S1001", "done", T0.AddHours(1)).Next;

        var error = Assert.Throws<InvalidTicketTransitionException>(() => Workflow.Close(resolved, "S1001", T0.AddHours(2)));

        Assert.Equal("Ticket T20260302-0001 is resolved and cannot become closed; allowed next: confirmed, reopened.", error.Message);
    }

    [Fact]
    public void Not_solved_reopens_with_a_fresh_solution_deadline_and_keeps_the_customers_words()
    {
        var resolved = Workflow.Resolve(New(), "S1001", "reset the unit", T0.AddHours(1)).Next;
        var at = T0.AddHours(30);

        var reopened = Workflow.Confirm(resolved, solved: false, satisfied: false, "compensation too low", at).Next;

        Assert.Equal(TicketStatus.Reopened, reopened.Status);
        Assert.Equal(at.AddHours(48), reopened.ResolutionDueAt);
        Assert.Null(reopened.ResolvedAt);
        Assert.Contains(reopened.History, h => h.Kind == TicketEventKind.CustomerConfirmation && h.Detail.Contains("compensation too low", StringComparison.Ordinal));
        Assert.Equal([Domain.Tickets.Sla.SlaEventKind.ResolutionWarning, Domain.Tickets.Sla.SlaEventKind.ResolutionBreach], Workflow.Schedule(reopened).Select(e => e.Kind));
    }

    [Fact]
    public void A_compensation_needs_an_approval_number()
    {
        var error = Assert.Throws<TicketValidationException>(() =>
            Workflow.AddRecord(New(), new HandlingRecord(T0, "S1001", "coupon as compensation", null, 200m, null)));

        Assert.Equal("approvalNumber", error.Field);
    }

    [Fact]
    public void A_record_on_a_new_ticket_acknowledges_it_and_starts_work()
    {
        var t = Workflow.AddRecord(New(), new HandlingRecord(T0.AddHours(1), "S1001", "coupon as compensation", null, 200m, "WC20240501001")).Next;

        Assert.Equal(TicketStatus.InProgress, t.Status);
        Assert.Equal(T0.AddHours(1), t.RespondedAt);
        var record = Assert.Single(t.Records);
        Assert.Equal("WC20240501001", record.ApprovalNumber);
        Assert.Equal(200m, record.CompensationAmount);
    }

    [Fact]
    public void A_supervisor_override_keeps_the_reason_recomputes_deadlines_and_reassigns()
    {
        var ticket = New();

        var overridden = Workflow.OverrideGrade(ticket, "M2001", Urgency.Urgent, 2, "customer is elderly, unit sparks", T0.AddMinutes(30)).Next;

        Assert.Equal(Urgency.Urgent, overridden.Grade.Urgency);
        Assert.Equal(2, overridden.Grade.Level);
        Assert.Equal("customer is elderly, unit sparks", overridden.Grade.OverrideReason);
        Assert.Equal("M2001", overridden.Grade.OverriddenBy);
        Assert.Equal(["test"], overridden.Grade.Reasons);
        Assert.Equal(T0.AddHours(2), overridden.ResponseDueAt);
        Assert.Equal(T0.AddHours(24), overridden.ResolutionDueAt);
        Assert.Equal("middle_management", overridden.Department);
        Assert.Contains(overridden.History, h => h.Kind == TicketEventKind.GradeOverridden && h.Detail.Contains("customer is elderly", StringComparison.Ordinal));
        Assert.Contains(overridden.History, h => h.Kind == TicketEventKind.Reassigned);
    }

    [Fact]
    public void An_override_without_a_reason_is_refused()
    {
        var error = Assert.Throws<TicketValidationException>(() => Workflow.OverrideGrade(New(), "M2001", Urgency.Urgent, null, " ", T0));

        Assert.Equal("reason", error.Field);
    }
}
