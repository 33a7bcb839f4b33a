using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.Rules;

namespace AfterSalesBot.Domain.Tests.Tickets;

/// <summary>
/// Deadlines from the shipped rules (Asia/Shanghai, Mon–Fri 09:00–18:00, 2026 holidays). Times are written in UTC;
/// Shanghai is UTC+8, so 09:30Z is 17:30 local.
/// </summary>
public sealed class BusinessDeadlineTests
{
    private static readonly TicketWorkflow Workflow = new(ShippedRules.Load());

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static Ticket Open(Urgency urgency, DateTimeOffset at) =>
        Workflow.Open("T20260302-0001", new NewComplaint("C20260302-0001", "webchat", "text", "product_quality", "repair"), new TicketGrade(urgency, 1, ["test"]), at).Next;

    [Theory]
    // Monday 17:30 local: urgent 2 h / 24 h and general 4 h / 48 h run through the night as elapsed hours.
    [InlineData(Urgency.Urgent, "2026-03-02T09:30Z", "2026-03-02T11:30Z", "2026-03-03T09:30Z")]
    [InlineData(Urgency.General, "2026-03-02T09:30Z", "2026-03-02T13:30Z", "2026-03-04T09:30Z")]
    // Friday 22:00 local: elapsed hours do not stop for the weekend.
    [InlineData(Urgency.Urgent, "2026-03-06T14:00Z", "2026-03-06T16:00Z", "2026-03-07T14:00Z")]
    [InlineData(Urgency.General, "2026-03-06T14:00Z", "2026-03-06T18:00Z", "2026-03-08T14:00Z")]
    // Complex: 24 h first response; the progress plan is due after 3 working days (27 working hours).
    // Monday 17:30 local: 0.5 h Monday + 9 Tuesday + 9 Wednesday + 8.5 Thursday = Thursday 17:30 local.
    [InlineData(Urgency.Complex, "2026-03-02T09:30Z", "2026-03-03T09:30Z", "2026-03-05T09:30Z")]
    // Friday 22:00 local (after hours, before a weekend): counting starts Monday 09:00, ends Wednesday at closing time.
    [InlineData(Urgency.Complex, "2026-03-06T14:00Z", "2026-03-07T14:00Z", "2026-03-11T10:00Z")]
    // Thursday 30 April 16:00 local, before the Labour Day holidays (1–5 May): 2 h Thursday, then 6, 7 May, 7 h on 8 May.
    [InlineData(Urgency.Complex, "2026-04-30T08:00Z", "2026-05-01T08:00Z", "2026-05-08T08:00Z")]
    // Friday 8 May 17:00 local: Saturday 9 May is a make-up working day, so it counts: 1 + 9 + 9 (Mon) + 8 → Tuesday 17:00.
    [InlineData(Urgency.Complex, "2026-05-08T09:00Z", "2026-05-09T09:00Z", "2026-05-12T09:00Z")]
    // Before opening time on a working day (Tuesday 07:00 local): the day's full 9 h count from 09:00.
    [InlineData(Urgency.Complex, "2026-03-02T23:00Z", "2026-03-03T23:00Z", "2026-03-05T10:00Z")]
    public void Deadlines_follow_the_urgency_table_and_the_business_calendar(Urgency urgency, string opened, string responseDue, string resolutionDue)
    {
        var ticket = Open(urgency, DateTimeOffset.Parse(opened, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(responseDue, System.Globalization.CultureInfo.InvariantCulture), ticket.ResponseDueAt);
        Assert.Equal(DateTimeOffset.Parse(resolutionDue, System.Globalization.CultureInfo.InvariantCulture), ticket.ResolutionDueAt);
    }

    [Fact]
    public void Every_complaint_is_acknowledged_within_24_hours_even_when_the_table_allows_longer()
    {
        var rules = ShippedRules.Edited(j => j["deadlines"]!["general"]!["firstResponse"] = new System.Text.Json.Nodes.JsonObject { ["hours"] = 30 });
        var workflow = new TicketWorkflow(rules);

        var ticket = workflow.Open("T1", new NewComplaint("C1", "webchat", "x", "usage_question", "how_to"), new TicketGrade(Urgency.General, 1, []), Utc(3, 2, 9, 30)).Next;

        Assert.Equal(Utc(3, 3, 9, 30), ticket.ResponseDueAt);
    }

    [Fact]
    public void Business_hours_spans_stop_at_closing_time_and_resume_next_working_morning()
    {
        var rules = ShippedRules.Edited(j => j["deadlines"]!["general"]!["firstResponse"] = new System.Text.Json.Nodes.JsonObject { ["businessHours"] = 4 });
        var workflow = new TicketWorkflow(rules);

        // Monday 17:00 local: 1 h Monday, 3 h Tuesday from 09:00 → Tuesday 12:00 local = 04:00Z.
        var ticket = workflow.Open("T1", new NewComplaint("C1", "webchat", "x", "usage_question", "how_to"), new TicketGrade(Urgency.General, 1, []), Utc(3, 2, 9)).Next;

        Assert.Equal(Utc(3, 3, 4), ticket.ResponseDueAt);
    }

    [Fact]
    public void A_span_ending_exactly_at_closing_time_ends_that_evening_not_the_next_morning()
    {
        var calendar = new BusinessCalendar(ShippedRules.Load().Calendar);

        // Monday 09:00 local + 9 working hours = Monday 18:00 local.
        var due = calendar.AddBusinessTime(Utc(3, 2, 1), TimeSpan.FromHours(9));

        Assert.Equal(Utc(3, 2, 10), due);
        Assert.Equal(TimeSpan.FromHours(9), calendar.BusinessTimeBetween(Utc(3, 2, 1), due));
    }

    [Fact]
    public void Holidays_weekends_and_make_up_days_are_told_apart()
    {
        var calendar = new BusinessCalendar(ShippedRules.Load().Calendar);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));   // National Day, a Thursday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 7)));    // an ordinary Saturday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));   // make-up Saturday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 3, 9)));     // an ordinary Monday
    }

    [Fact]
    public void The_ticket_number_day_is_the_local_business_day()
    {
        var calendar = new BusinessCalendar(ShippedRules.Load().Calendar);

        // 2026-03-02 20:00Z is already 3 March in Shanghai.
        Assert.Equal(new DateOnly(2026, 3, 3), calendar.LocalDate(Utc(3, 2, 20)));
        Assert.Equal("T20260303-0007", TicketNumber.Format(new DateOnly(2026, 3, 3), 7));
        Assert.Equal("T20260303-12345", TicketNumber.Format(new DateOnly(2026, 3, 3), 12345));
    }
}
