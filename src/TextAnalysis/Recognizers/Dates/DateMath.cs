using System.Globalization;

namespace AfterSalesBot.TextAnalysis.Recognizers.Dates;

/// <summary>Calendar arithmetic and TIMEX strings for the date parsers.</summary>
internal static class DateMath
{
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string TwoDigits(int v) => v.ToString("00", CultureInfo.InvariantCulture);

    public static string Year(int y) => y.ToString("0000", CultureInfo.InvariantCulture);

    public static DateOnly? TryDate(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    /// <summary>A year-less month/day: the last occurrence on or before the reference and the next one after it.</summary>
    public static DateCandidate? MonthDay(int start, int end, int month, int day, DateOnly reference)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        DateOnly? past = null, future = null;
        for (var y = reference.Year; y >= reference.Year - 8 && past is null; y--)
        {
            if (TryDate(y, month, day) is { } d && d <= reference)
            {
                past = d;
            }
        }

        for (var y = reference.Year; y <= reference.Year + 8 && future is null; y++)
        {
            if (TryDate(y, month, day) is { } d && d > reference)
            {
                future = d;
            }
        }

        if (past is null || future is null)
        {
            return null;
        }

        return new DateCandidate(start, end, false, $"XXXX-{TwoDigits(month)}-{TwoDigits(day)}", [DateSpan.Day(past.Value), DateSpan.Day(future.Value)]);
    }

    /// <summary>A day of the month with neither month nor year ("29日").</summary>
    public static DateCandidate? DayOnly(int start, int end, int day, DateOnly reference)
    {
        if (day is < 1 or > 31)
        {
            return null;
        }

        DateOnly? past = null, future = null;
        var cursor = new DateOnly(reference.Year, reference.Month, 1);
        for (var k = 0; k < 14 && past is null; k++)
        {
            var m = cursor.AddMonths(-k);
            if (TryDate(m.Year, m.Month, day) is { } d && d <= reference)
            {
                past = d;
            }
        }

        for (var k = 0; k < 14 && future is null; k++)
        {
            var m = cursor.AddMonths(k);
            if (TryDate(m.Year, m.Month, day) is { } d && d > reference)
            {
                future = d;
            }
        }

        return past is null || future is null ? null
            : new DateCandidate(start, end, false, $"XXXX-XX-{TwoDigits(day)}", [DateSpan.Day(past.Value), DateSpan.Day(future.Value)]);
    }

    public static DateCandidate Day(int start, int end, DateOnly d) => new(start, end, false, Iso(d), [DateSpan.Day(d)]);

    public static DateCandidate? FullDate(int start, int end, int y, int m, int d) =>
        TryDate(y, m, d) is { } date ? Day(start, end, date) : null;

    public static DateCandidate? Month(int start, int end, int y, int m) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 ? new(start, end, true, $"{Year(y)}-{TwoDigits(m)}", [MonthSpan(y, m)]) : null;

    public static DateCandidate? MonthOpen(int start, int end, int month, DateOnly reference)
    {
        if (month is < 1 or > 12)
        {
            return null;
        }

        // The month this year if it has begun, else last year's; and the next one to come.
        var pastYear = month <= reference.Month ? reference.Year : reference.Year - 1;
        var futureYear = month <= reference.Month ? reference.Year + 1 : reference.Year;
        return new DateCandidate(start, end, true, $"XXXX-{TwoDigits(month)}", [MonthSpan(pastYear, month), MonthSpan(futureYear, month)]);
    }

    public static DateCandidate? Year(int start, int end, int y) =>
        y is >= 1 and <= 9999 ? new(start, end, true, Year(y), [new DateSpan(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))]) : null;

    public static DateCandidate Week(int start, int end, DateOnly anyDayInWeek)
    {
        var monday = anyDayInWeek.AddDays(-(((int)anyDayInWeek.DayOfWeek + 6) % 7));
        var dt = monday.ToDateTime(TimeOnly.MinValue);
        var timex = $"{Year(ISOWeek.GetYear(dt))}-W{TwoDigits(ISOWeek.GetWeekOfYear(dt))}";
        return new DateCandidate(start, end, true, timex, [new DateSpan(monday, monday.AddDays(6))]);
    }

    /// <summary>ISO day number, Monday 1 … Sunday 7.</summary>
    public static int IsoDay(DateOnly d) => ((int)d.DayOfWeek + 6) % 7 + 1;

    /// <summary>A weekday in the week <paramref name="weekOffset"/> weeks from the reference's week.</summary>
    public static DateCandidate WeekdayInWeek(int start, int end, int isoDay, int weekOffset, DateOnly reference)
    {
        var monday = reference.AddDays(1 - IsoDay(reference)).AddDays(7 * weekOffset);
        return Day(start, end, monday.AddDays(isoDay - 1));
    }

    /// <summary>A bare weekday: the last one on or before the reference and the next after it.</summary>
    public static DateCandidate WeekdayOpen(int start, int end, int isoDay, DateOnly reference)
    {
        var back = (IsoDay(reference) - isoDay + 7) % 7;
        var past = reference.AddDays(-back);
        var future = past.AddDays(7);
        if (back == 0)
        {
            past = reference.AddDays(-7);
            future = reference.AddDays(7);
        }

        return new DateCandidate(start, end, false, $"XXXX-WXX-{isoDay}", [DateSpan.Day(past), DateSpan.Day(future)]);
    }

    public static DateSpan MonthSpan(int y, int m) => new(new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)));

    /// <summary>Moves by a count of units ("3 months ago" = -3 months); null beyond a century either way.</summary>
    public static DateOnly? Shift(DateOnly d, char unit, int amount)
    {
        var days = unit switch { 'D' => amount, 'W' => 7L * amount, 'M' => 31L * amount, 'Y' => 366L * amount, _ => 0 };
        if (Math.Abs(days) > 36600 || d.Year < 200 || d.Year > 9700)
        {
            return null;
        }

        return unit switch
        {
            'D' => d.AddDays(amount),
            'W' => d.AddDays(7 * amount),
            'M' => d.AddMonths(amount),
            'Y' => d.AddYears(amount),
            _ => d,
        };
    }
}
