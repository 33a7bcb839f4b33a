using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys.Answers;
using AfterSalesBot.Dialogs.Surveys.Commands;
using AfterSalesBot.Dialogs.Surveys.Prompts;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>
/// Runs data-defined surveys as conversations, one question at a time. A turn is a pure decision: state and
/// activity in, new state + replies + response rows out (<see cref="SurveyTurnResult"/>); the host commits
/// them together. Thread-safe: it keeps nothing between turns.
/// </summary>
public sealed partial class SurveyEngine
{
    private readonly SurveyCatalog _catalog;
    private readonly IAnswerInterpreter _interpreter;
    private readonly ICommentTagger _tagger;
    private readonly SurveyEngineOptions _options;

    public SurveyEngine(SurveyCatalog catalog, IAnswerInterpreter interpreter, ICommentTagger tagger, SurveyEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        _catalog = catalog;
        _interpreter = interpreter;
        _tagger = tagger;
        _options = options;
        if (catalog.FindLatest(options.DefaultSurveyId) is null)
        {
            throw new SurveyCatalogException([$"Surveys:DefaultSurveyId names '{options.DefaultSurveyId}', which is not among the loaded surveys ({string.Join(", ", catalog.Latest.Select(s => s.Id))})"]);
        }
    }

    public SurveyTurnResult Run(SurveyTurnRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = request.State ?? new ConversationState();
        if (!state.LocaleChosen || state.Locale is null)
        {
            state.Locale = SupportedLocale(request.Locale);
        }

        var turn = new SurveyTurn(request, state);
        var activity = request.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            var customerJoined = activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true;
            if (customerJoined && IsNew(state) && _options.StartOnFirstMessage)
            {
                StartSurvey(turn, DefaultSurvey(), greet: true, lead: null);
            }
        }
        else if (activity.IsType(ActivityTypes.Message))
        {
            state.LastActivityAt = request.Now;
            OnMessage(turn, activity.Text ?? (activity.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String ? activity.Value.GetValue<string>() : null) ?? string.Empty);
            AfterComplaintTurn(turn);
        }

        return turn.Result();
    }

    private void OnMessage(SurveyTurn turn, string text)
    {
        var state = turn.State;
        if (AnswerHandoffOffer(turn, text))
        {
            return;
        }

        var command = CommandParser.Parse(text);
        var texts = turn.Texts;
        if (OnComplaintMessage(turn, command, text))
        {
            return;
        }

        switch (command?.Kind)
        {
            case CommandKind.SwitchLanguage:
                state.Locale = command.Argument!;
                state.LocaleChosen = true;
                turn.Say(EngineTexts.For(state.Locale).LanguageSwitched);
                ContinueOrStart(turn, lead: null);
                return;
            case CommandKind.Help:
                turn.Say(texts.Help);
                ContinueOrStart(turn, lead: null);
                return;
            case CommandKind.Human when _options.HandoffTriggers is not null:
                state.HumanRequestedAt = turn.Request.Now;
                RequestHandoff(turn, Domain.Handoffs.HandoffReasons.CustomerRequest, detail: null);
                return;
            case CommandKind.Human:
                // This deployment has no hand-off: say so plainly and keep the request on record in the state.
                state.HumanRequestedAt = turn.Request.Now;
                ContinueOrStart(turn, lead: texts.HumanUnavailable);
                return;
            case CommandKind.Complaint:
                ContinueOrStart(turn, lead: texts.ComplaintUnavailable);
                return;
            case CommandKind.Restart:
                var restartWith = state.Survey is { } running ? _catalog.Find(running.SurveyId, running.SurveyVersion) : null;
                if (state.Survey is not null)
                {
                    turn.Finish(ResponseStatus.Cancelled);
                }

                StartSurvey(turn, restartWith ?? DefaultSurvey(), greet: false, lead: texts.Restarted);
                return;
            case CommandKind.Stop:
                if (state.Survey is not null)
                {
                    turn.Finish(ResponseStatus.Cancelled);
                    turn.Say(texts.Stopped);
                }
                else
                {
                    turn.Say(AfterSurveyText(state, texts));
                }

                return;
        }

        if (state.Survey is { } progress && _catalog.Find(progress.SurveyId, progress.SurveyVersion) is { } survey)
        {
            OnSurveyMessage(turn, survey, progress, command, text);
        }
        else if (state.Survey is not null)
        {
            // The definition this response started on is gone (edited without keeping the old version): end it, keep its answers.
            turn.Finish(ResponseStatus.Abandoned);
            StartSurvey(turn, DefaultSurvey(), greet: true, lead: null);
        }
        else if (IsNew(state) && _options.StartOnFirstMessage)
        {
            StartSurvey(turn, DefaultSurvey(), greet: true, lead: null);
        }
        else
        {
            turn.Say(AfterSurveyText(state, texts));
        }
    }

    /// <summary>Re-asks the open question (with <paramref name="lead"/> above it) or, in a new conversation, starts the survey.</summary>
    private void ContinueOrStart(SurveyTurn turn, string? lead)
    {
        var state = turn.State;
        if (state.Survey is { } progress && _catalog.Find(progress.SurveyId, progress.SurveyVersion) is { } survey)
        {
            AskCurrent(turn, survey, progress, lead);
        }
        else if (IsNew(state) && _options.StartOnFirstMessage)
        {
            if (lead is not null)
            {
                turn.Say(lead);
            }

            StartSurvey(turn, DefaultSurvey(), greet: true, lead: null);
        }
        else
        {
            turn.Say(lead ?? AfterSurveyText(state, turn.Texts));
        }
    }

    private static void StartSurvey(SurveyTurn turn, SurveyDefinition survey, bool greet, string? lead, Guid? responseId = null, string? customerId = null)
    {
        var request = turn.Request;
        var progress = new SurveyProgress
        {
            ResponseId = responseId ?? Guid.CreateVersion7(request.Now),
            SurveyId = survey.Id,
            SurveyVersion = survey.Version,
        };
        turn.State.Survey = progress;
        // CustomerId is the pseudonymous customer record (C20240115-0001) once a CRM link makes one known; the
        // channel's user id stays on the conversation row, never in the response.
        turn.Started.Add(new SurveyResponseStart(
            progress.ResponseId, survey.Id, survey.Version, request.Conversation, customerId,
            request.Conversation.ChannelId, turn.Locale, request.Now));
        if (greet)
        {
            turn.Say(survey.Greeting.For(turn.Locale, survey.Languages[0]));
        }

        AskCurrent(turn, survey, progress, lead);
    }

    private static void AskCurrent(SurveyTurn turn, SurveyDefinition survey, SurveyProgress progress, string? lead, bool offerSkip = false)
    {
        var question = Current(survey, progress);
        if (question is null)
        {
            Complete(turn, survey);
            return;
        }

        turn.Send(QuestionRenderer.Render(survey, question, turn.Locale, lead, offerSkip));
    }

    private static void Complete(SurveyTurn turn, SurveyDefinition survey)
    {
        turn.Finish(ResponseStatus.Completed);
        turn.Say(survey.Completion.For(turn.Locale, survey.Languages[0]));
    }

    /// <summary>The open question: one the customer went back to, else the first unanswered one on the answers' path.</summary>
    private static Question? Current(SurveyDefinition survey, SurveyProgress progress) =>
        (progress.Revisit is { } revisit ? survey.FindQuestion(revisit) : null)
        ?? SurveyNavigator.NextQuestion(survey, progress.AnswerMap());

    private SurveyDefinition DefaultSurvey() => _catalog.FindLatest(_options.DefaultSurveyId)!;

    private static bool IsNew(ConversationState state) => state.Survey is null && state.Finished is null;

    private static string AfterSurveyText(ConversationState state, EngineTexts texts) => state.Finished?.Status switch
    {
        ResponseStatus.Completed => texts.AlreadyCompleted,
        null => texts.NoSurvey,
        _ => texts.AlreadyStopped,
    };

    private string SupportedLocale(string? locale) =>
        locale is null ? _options.DefaultLocale
        : locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN"
        : locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en-US"
        : _options.DefaultLocale;
}
