using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Dialogs.Surveys;

public sealed partial class SurveyEngine
{
    /// <summary>
    /// Starts the invited survey in the conversation: the invitation text above the first question. A survey the
    /// conversation still has open is kept as Abandoned (its answers stay). When the state already runs this very
    /// response (a repeated delivery), nothing new is started and the open question is asked again.
    /// </summary>
    /// <exception cref="SurveyCatalogException">The survey is not loaded.</exception>
    public SurveyTurnResult StartInvited(SurveyInvitationStart request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var survey = _catalog.FindLatest(request.SurveyId)
            ?? throw new SurveyCatalogException([$"The invitation names survey '{request.SurveyId}', which is not among the loaded surveys ({string.Join(", ", _catalog.Latest.Select(s => s.Id))})"]);
        var state = request.State ?? new ConversationState();
        if (!state.LocaleChosen || state.Locale is null)
        {
            state.Locale = SupportedLocale(request.Locale);
        }

        var turn = new SurveyTurn(
            new SurveyTurnRequest(state, Activity.CreateMessage(string.Empty), request.Conversation, state.Locale, request.Now),
            state);
        state.LastActivityAt = request.Now;
        if (state.Survey is { } running && running.ResponseId == request.ResponseId)
        {
            var runningSurvey = _catalog.Find(running.SurveyId, running.SurveyVersion) ?? survey;
            AskCurrent(turn, runningSurvey, running, request.Lead);
            return turn.Result();
        }

        if (state.Survey is not null)
        {
            turn.Finish(ResponseStatus.Abandoned);
        }

        StartSurvey(turn, survey, greet: false, lead: request.Lead, request.ResponseId, request.CustomerId);
        return turn.Result();
    }
}
