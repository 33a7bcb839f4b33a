namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>One problem found in a survey definition, naming the file and (when there is one) the question.</summary>
public sealed record SurveyIssue(SurveyIssueSeverity Severity, string Source, string? QuestionId, string Message)
{
    public override string ToString()
    {
        var level = Severity == SurveyIssueSeverity.Error ? "error" : "warning";
        return QuestionId is null
            ? $"{Source}: {level}: {Message}"
            : $"{Source}: {level}: question '{QuestionId}': {Message}";
    }
}
