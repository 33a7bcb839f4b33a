namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// The attributes an aggregate cell is kept by: survey, UTC day the response started, and the attributes reports filter
/// and cross-analyse on. Unknown attributes are the empty string, never null, so cells stay comparable.
/// </summary>
public sealed record CellKey(
    string SurveyId,
    DateOnly Day,
    string Channel,
    string Locale,
    string CustomerType,
    string Product,
    string StaffId,
    string Team,
    string ServiceStage)
{
    /// <summary>The value of one attribute of this key.</summary>
    public string ValueOf(ReportAttribute attribute) => attribute switch
    {
        ReportAttribute.Channel => Channel,
        ReportAttribute.Locale => Locale,
        ReportAttribute.CustomerType => CustomerType,
        ReportAttribute.Product => Product,
        ReportAttribute.StaffId => StaffId,
        ReportAttribute.Team => Team,
        ReportAttribute.ServiceStage => ServiceStage,
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, null),
    };
}
