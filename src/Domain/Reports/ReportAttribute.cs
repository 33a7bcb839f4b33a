namespace AfterSalesBot.Domain.Reports;

/// <summary>The attributes reports filter and cross-analyse on.</summary>
public enum ReportAttribute
{
    Channel = 0,
    Locale = 1,
    CustomerType = 2,
    Product = 3,
    StaffId = 4,
    Team = 5,
    ServiceStage = 6,
}
