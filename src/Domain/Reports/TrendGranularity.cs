namespace AfterSalesBot.Domain.Reports;

/// <summary>How a trend groups days: ISO weeks (starting Monday) or calendar months.</summary>
public enum TrendGranularity
{
    Week = 0,
    Month = 1,
}
