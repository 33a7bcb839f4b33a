namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>Turns deadline spans from the rules into instants: elapsed hours as they are, business time on the calendar.</summary>
public sealed class DeadlineCalculator(BusinessCalendar calendar)
{
    public BusinessCalendar Calendar => calendar;

    public DateTimeOffset Due(DateTimeOffset start, DeadlineSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        if (span.Hours is { } hours)
        {
            return start + TimeSpan.FromHours(hours);
        }

        if (span.BusinessHours is { } businessHours)
        {
            return calendar.AddBusinessTime(start, TimeSpan.FromHours(businessHours));
        }

        if (span.WorkingDays is { } days)
        {
            // "3 working days" = three full working days of working time: from a Friday 15:00 start it ends Wednesday 15:00,
            // from a Friday night start it ends Wednesday at closing time.
            return calendar.AddBusinessTime(start, calendar.WorkingDayLength * days);
        }

        throw new InvalidOperationException("A deadline span has no length (the rules validator should have refused it).");
    }

    /// <summary>The earlier of two deadlines measured from the same start.</summary>
    public DateTimeOffset EarliestDue(DateTimeOffset start, DeadlineSpan first, DeadlineSpan second)
    {
        var a = Due(start, first);
        var b = Due(start, second);
        return a <= b ? a : b;
    }
}
