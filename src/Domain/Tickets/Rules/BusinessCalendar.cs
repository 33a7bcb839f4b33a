namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>
/// Working time in the business's time zone: working weekdays, daily working hours, holidays and make-up working days.
/// Business time only runs inside working hours of working days; nights, weekends and holidays do not count.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly TimeZoneInfo _zone;
    private readonly HashSet<DayOfWeek> _weekdays;
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _extraWorkingDays;
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;

    public BusinessCalendar(CalendarRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _zone = TimeZoneInfo.FindSystemTimeZoneById(rules.TimeZone);
        _weekdays = [.. rules.WorkingDays.Select(d => Enum.Parse<DayOfWeek>(d, ignoreCase: true))];
        _holidays = [.. rules.Holidays.Select(d => TicketRulesValidator.ParseDate(d)!.Value)];
        _extraWorkingDays = [.. rules.ExtraWorkingDays.Select(d => TicketRulesValidator.ParseDate(d)!.Value)];
        _start = TicketRulesValidator.ParseTime(rules.WorkingHours.Start)!.Value;
        _end = TicketRulesValidator.ParseTime(rules.WorkingHours.End)!.Value;
    }

    /// <summary>The length of one working day (working hours end − start).</summary>
    public TimeSpan WorkingDayLength => _end - _start;

    public TimeZoneInfo TimeZone => _zone;

    /// <summary>The business's local date at an instant (ticket numbers use it).</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    public bool IsWorkingDay(DateOnly day) =>
        _extraWorkingDays.Contains(day) || (_weekdays.Contains(day.DayOfWeek) && !_holidays.Contains(day));

    /// <summary>
    /// The instant when <paramref name="duration"/> of working time has passed after <paramref name="start"/>.
    /// A start outside working hours begins counting at the next working morning; a duration that ends exactly at
    /// closing time ends then (not the next morning).
    /// </summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var cursor = TimeZoneInfo.ConvertTime(start, _zone).DateTime;
        var remaining = duration;
        // Ten years of days without a working day would mean a broken calendar; validation requires working weekdays.
        for (var guard = 0; guard < 3660; guard++)
        {
            var day = DateOnly.FromDateTime(cursor);
            if (IsWorkingDay(day))
            {
                var open = day.ToDateTime(_start);
                var close = day.ToDateTime(_end);
                var from = cursor > open ? cursor : open;
                if (from < close)
                {
                    var available = close - from;
                    if (remaining <= available)
                    {
                        return ToInstant(from + remaining);
                    }

                    remaining -= available;
                }
            }

            cursor = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        throw new InvalidOperationException("The business calendar has no working time in the next ten years.");
    }

    /// <summary>Working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var cursor = TimeZoneInfo.ConvertTime(from, _zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(to, _zone).DateTime;
        var total = TimeSpan.Zero;
        while (cursor < end)
        {
            var day = DateOnly.FromDateTime(cursor);
            if (IsWorkingDay(day))
            {
                var open = day.ToDateTime(_start);
                var close = day.ToDateTime(_end);
                var a = cursor > open ? cursor : open;
                var b = end < close ? end : close;
                if (b > a)
                {
                    total += b - a;
                }
            }

            cursor = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        return total;
    }

    private DateTimeOffset ToInstant(DateTime local) => new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
}
