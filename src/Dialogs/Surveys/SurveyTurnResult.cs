using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>
/// Everything a survey turn decided, for the host to commit in one transaction: the new state, the replies,
/// and the response rows (started, answered, finished). The engine itself writes nothing.
/// </summary>
public sealed record SurveyTurnResult(
    TurnStatus Status,
    ConversationState State,
    IReadOnlyList<Activity> Replies,
    IReadOnlyList<SurveyResponseStart> ResponsesStarted,
    IReadOnlyList<AnswerWrite> Answers,
    IReadOnlyList<ResponseCompletion> ResponsesFinished)
{
    /// <summary>Tickets to open, answers to apply, or a status to look up after the engine decided; null when none.</summary>
    public ComplaintEffects? Complaint { get; init; }
}
