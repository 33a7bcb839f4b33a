using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Dialogs.Surveys.State;

/// <summary>How the conversation's last survey ended.</summary>
public sealed class FinishedSurvey
{
    public Guid ResponseId { get; set; }

    public string SurveyId { get; set; } = string.Empty;

    public ResponseStatus Status { get; set; }
}
