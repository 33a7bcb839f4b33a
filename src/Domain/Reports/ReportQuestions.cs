using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Domain.Reports;

/// <summary>
/// What a survey's questions mean to a report: its 1–5 rating questions are the dimensions (in survey order),
/// its NPS question (the first, if several) gives the NPS.
/// </summary>
public sealed record ReportQuestions(IReadOnlyList<string> Dimensions, string? NpsQuestion)
{
    /// <summary>Reads the dimensions and the NPS question from a survey definition.</summary>
    public static ReportQuestions Of(SurveyDefinition survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return new ReportQuestions(
            survey.Questions.Where(q => q.Kind == QuestionKind.Rating).Select(q => q.Id).ToList(),
            survey.Questions.FirstOrDefault(q => q.Kind == QuestionKind.Nps)?.Id);
    }
}
