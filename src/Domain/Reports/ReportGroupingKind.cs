namespace AfterSalesBot.Domain.Reports;

/// <summary>See <see cref="ReportGrouping"/>.</summary>
public enum ReportGroupingKind
{
    Day = 0,
    Attribute = 1,
    MonthlyTable = 2,
}
