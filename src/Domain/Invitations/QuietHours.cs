namespace AfterSalesBot.Domain.Invitations;

/// <summary>Moves a send time out of the customer's quiet hours (in the customer's time zone, daylight saving included).</summary>
public static class QuietHours
{
    /// <summary>
    /// <paramref name="at"/> itself when it is outside [from, until) local time, else the end of the quiet period.
    /// A period that wraps midnight (21:00–09:00) is handled; from == until means no quiet hours.
    /// </summary>
    public static DateTimeOffset NextAllowed(DateTimeOffset at, TimeZoneInfo zone, TimeOnly from, TimeOnly until)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (from == until)
        {
            return at;
        }

        var local = TimeZoneInfo.ConvertTime(at, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var wraps = from > until;
        var quiet = wraps ? time >= from || time < until : time >= from && time < until;
        if (!quiet)
        {
            return at;
        }

        var endDay = DateOnly.FromDateTime(local.DateTime);
        if (wraps && time >= from)
        {
            endDay = endDay.AddDays(1);
        }

        var endLocal = endDay.ToDateTime(until, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(endLocal))
        {
            endLocal = endLocal.AddMinutes(30);
        }

        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
    }
}
