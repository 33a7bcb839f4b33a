using System.Globalization;
using System.Text.RegularExpressions;

namespace AfterSalesBot.Domain.Tickets;

/// <summary>Ticket numbers: "T" + the business-calendar day (yyyyMMdd) + "-" + a per-day sequence of at least 4 digits.</summary>
public static partial class TicketNumber
{
    public static string Format(DateOnly day, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return string.Create(CultureInfo.InvariantCulture, $"T{day:yyyyMMdd}-{sequence:0000}");
    }

    /// <summary>The day key the per-day sequence is kept under.</summary>
    public static string DayKey(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Whether the text has the shape of a ticket number (it may still not exist).</summary>
    public static bool IsWellFormed(string? text) => text is not null && Pattern().IsMatch(text);

    [GeneratedRegex("^T[0-9]{8}-[0-9]{4,}$")]
    private static partial Regex Pattern();
}
