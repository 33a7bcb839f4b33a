namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>Errors stop a survey from loading; warnings flag a break with the domain's guidance (length, time).</summary>
public enum SurveyIssueSeverity
{
    Error = 0,
    Warning = 1,
}
