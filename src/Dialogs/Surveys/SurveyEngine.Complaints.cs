using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Dialogs.Surveys.Commands;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Surveys.Definitions;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>
/// Complaints in the same conversation: the intake (投诉 / complaint, the menu, or offered after a survey comment that
/// describes a fault), "what's the status of my complaint", and the customer's answers to the closure questions.
/// Tickets are opened and read by the host after the turn (<see cref="ComplaintEffects"/>); the engine stays pure.
/// </summary>
public sealed partial class SurveyEngine
{
    private ComplaintIntake? _intake;

    /// <summary>What the complaint intake offers; null turns complaints in chat off ("not available", as before).</summary>
    public ComplaintCatalog? Complaints
    {
        get => _intake?.Catalog;
        init => _intake = value is null ? null : new ComplaintIntake(value, _tagger);
    }

    /// <summary>Categories whose negative survey comments are offered as a complaint when the survey ends.</summary>
    public IReadOnlySet<string> FaultCategories { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "product_quality", "unresolved" };

    /// <summary>Handles the message when it belongs to complaints; false leaves it to the survey.</summary>
    private bool OnComplaintMessage(SurveyTurn turn, ParsedCommand? command, string text)
    {
        if (_intake is null)
        {
            return false;
        }

        var state = turn.State;
        if (state.TicketCheck is { } check && command?.Kind is null)
        {
            TicketCheckDialog.Answer(turn, check, text);
            return true;
        }

        if (state.Complaint is { } progress)
        {
            switch (command?.Kind)
            {
                case CommandKind.Stop:
                    state.Complaint = null;
                    turn.Say(ComplaintTexts.For(turn.Locale).Cancelled);
                    ResumeSurvey(turn);
                    return true;
                case CommandKind.SwitchLanguage:
                    state.Locale = command.Argument!;
                    state.LocaleChosen = true;
                    _intake.Ask(turn, progress);
                    return true;
                case CommandKind.Human or CommandKind.Restart:
                    return false;
            }

            if (_intake.Answer(turn, progress, command, text) is { } complaint)
            {
                state.Complaint = null;
                turn.Filed = new FiledComplaint(complaint, turn.ReplyCount);
                ResumeSurvey(turn);
            }

            return true;
        }

        if (state.ComplaintOffer is { Asked: true } offer && command is null)
        {
            state.ComplaintOffer = null;
            var yes = YesNoAnswer(text, turn.Locale);
            if (yes is null)
            {
                return false;
            }

            if (yes.Value)
            {
                StartComplaint(turn, ComplaintSources.Survey, offer);
            }
            else
            {
                turn.Say(ComplaintTexts.For(turn.Locale).OfferDeclined);
            }

            return true;
        }

        if (command?.Kind == CommandKind.Complaint)
        {
            StartComplaint(turn, text.Contains(ComplaintTexts.For(turn.Locale).MenuComplaint, StringComparison.Ordinal) ? ComplaintSources.Menu : ComplaintSources.Command, null);
            return true;
        }

        if (command is null && ComplaintStatusQuery.IsMatch(text))
        {
            turn.Status = new StatusQuery(ChatCustomers.IdFor(turn.Request.Conversation.ChannelId, turn.Request.Activity.From?.Id ?? turn.Request.Conversation.ConversationId), turn.ReplyCount);
            ResumeSurvey(turn);
            return true;
        }

        if (command?.Kind == CommandKind.Help && state.Survey is null)
        {
            var texts = ComplaintTexts.For(turn.Locale);
            var menu = Activity.CreateMessage($"{turn.Texts.Help}\n{texts.Menu}");
            menu.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(texts.MenuComplaint, texts.MenuComplaint), CardAction.ImBack(texts.MenuStatus, texts.MenuStatus)] };
            turn.Send(menu);
            return true;
        }

        return false;
    }

    /// <summary>After the turn: a survey that just ended with a fault comment gets the complaint offer.</summary>
    private void AfterComplaintTurn(SurveyTurn turn)
    {
        var state = turn.State;
        if (_intake is not null && state.Survey is null && state.Complaint is null && state.ComplaintOffer is { Asked: false } offer)
        {
            offer.Asked = true;
            var texts = ComplaintTexts.For(turn.Locale);
            var message = Activity.CreateMessage(texts.Offer);
            message.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(texts.Yes, texts.Yes), CardAction.ImBack(texts.No, texts.No)] };
            turn.Send(message);
        }
    }

    /// <summary>Remembers a negative comment about a fault, to offer filing it when the survey ends.</summary>
    private void NoteFaultComment(SurveyTurn turn, string comment, CommentTags? tags)
    {
        if (_intake is not null && tags is { Sentiment: "negative" } && FaultCategories.Contains(tags.Category))
        {
            turn.State.ComplaintOffer = new ComplaintOffer { Description = comment.Trim(), Category = tags.Category, Emotion = tags.Emotion, EmotionConfidence = tags.EmotionConfidence };
        }
    }

    private void StartComplaint(SurveyTurn turn, string source, ComplaintOffer? offer)
    {
        turn.State.ComplaintOffer = null;
        ComplaintIntake.Start(turn, source, offer);
        _intake!.Ask(turn, turn.State.Complaint!);
    }

    /// <summary>Back to the survey question that was open when the complaint began, if any.</summary>
    private void ResumeSurvey(SurveyTurn turn)
    {
        if (turn.State.Survey is { } progress && _catalog.Find(progress.SurveyId, progress.SurveyVersion) is SurveyDefinition survey)
        {
            AskCurrent(turn, survey, progress, lead: null);
        }
    }

    private static bool? YesNoAnswer(string text, string locale)
    {
        var answer = TextAnalysis.Recognizers.YesNoRecognizer.Recognize(text, locale);
        return answer.IsRecognized ? answer.Value : null;
    }
}
