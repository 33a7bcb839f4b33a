namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// Which survey questions carry the attributes reports group by (their answers' text: a choice's option id, or what
/// the customer typed). The defaults are the ids of the default questionnaire (surveys/aftersales-default.json).
/// </summary>
public sealed record ReportAttributeQuestions(string CustomerType = "customerType", string Product = "product", string StaffId = "staff")
{
    /// <summary>The default question ids.</summary>
    public static ReportAttributeQuestions Default { get; } = new();
}
