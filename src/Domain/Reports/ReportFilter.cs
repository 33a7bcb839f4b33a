namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// Which responses a report covers: one survey, a period of whole UTC days (<see cref="From"/> inclusive,
/// <see cref="To"/> exclusive, both optional), and optional exact attribute values.
/// </summary>
public sealed record ReportFilter(string SurveyId)
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Channel { get; init; }

    public string? Locale { get; init; }

    public string? CustomerType { get; init; }

    public string? Product { get; init; }

    public string? StaffId { get; init; }

    public string? Team { get; init; }

    public string? ServiceStage { get; init; }

    /// <summary>Whether a cell belongs to this filter.</summary>
    public bool Matches(CellKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.SurveyId == SurveyId
            && (From is null || key.Day >= From)
            && (To is null || key.Day < To)
            && (Channel is null || key.Channel == Channel)
            && (Locale is null || key.Locale == Locale)
            && (CustomerType is null || key.CustomerType == CustomerType)
            && (Product is null || key.Product == Product)
            && (StaffId is null || key.StaffId == StaffId)
            && (Team is null || key.Team == Team)
            && (ServiceStage is null || key.ServiceStage == ServiceStage);
    }

    /// <summary>The same filter moved to the period of equal length just before this one (for "against the previous period").</summary>
    public ReportFilter? PreviousPeriod()
    {
        if (From is not { } from || To is not { } to)
        {
            return null;
        }

        var days = to.DayNumber - from.DayNumber;
        return this with { From = from.AddDays(-days), To = from };
    }
}
