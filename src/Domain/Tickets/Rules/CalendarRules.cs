namespace AfterSalesBot.Domain.Tickets.Rules;

/// <summary>The business calendar "working days" deadlines are counted on.</summary>
public sealed class CalendarRules
{
    /// <summary>IANA time zone id, e.g. "Asia/Shanghai".</summary>
    public string TimeZone { get; set; } = string.Empty;

    /// <summary>Weekdays that are working days ("monday" … "sunday").</summary>
    public List<string> WorkingDays { get; set; } = [];

    public WorkingHoursRule WorkingHours { get; set; } = new();

    /// <summary>Dates (yyyy-MM-dd) that are not worked although their weekday is.</summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>Dates (yyyy-MM-dd) worked although their weekday is not (make-up working days around public holidays).</summary>
    public List<string> ExtraWorkingDays { get; set; } = [];
}
