namespace AfterSalesBot.Domain.Surveys.Definitions;

/// <summary>The outcome of reading and validating one definition: the survey when it has no errors, and every issue found.</summary>
public sealed record SurveyReadResult(SurveyDefinition? Survey, IReadOnlyList<SurveyIssue> Issues)
{
    public bool HasErrors => Issues.Any(i => i.Severity == SurveyIssueSeverity.Error);
}
