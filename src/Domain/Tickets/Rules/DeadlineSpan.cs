using System.Globalization;

namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>
/// A deadline length, exactly one of: elapsed <see cref="Hours"/> (nights and weekends count),
/// <see cref="BusinessHours"/> (only working hours count) or <see cref="WorkingDays"/> (whole working days of the calendar).
/// </summary>
public sealed class DeadlineSpan
{
    public double? Hours { get; set; }

    public double? BusinessHours { get; set; }

    public int? WorkingDays { get; set; }

    public static DeadlineSpan ElapsedHours(double hours) => new() { Hours = hours };

    public override string ToString() =>
        Hours is { } h ? string.Create(CultureInfo.InvariantCulture, $"{h} h")
        : BusinessHours is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b} business hours")
        : WorkingDays is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d} working days")
        : "(unset)";
}
