using System.Globalization;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Handoffs;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Comments;
using AfterSalesBot.Domain.Handoffs;
using AfterSalesBot.Domain.Surveys;
using AfterSalesBot.Domain.Surveys.Definitions;
using AfterSalesBot.TextAnalysis.Recognizers;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>
/// The survey's side of a hand-off: offering a person after a low rating or an unhappy comment (once per response,
/// after the answer is recorded, so an offer never interrupts one), taking the answer to the offer, and picking the
/// survey up again when the agent hands back. Whether the bot answers at all while a person owns the conversation
/// is decided by the hand-off queue (<see cref="HandoffTurnHandler"/>), not here.
/// </summary>
public sealed partial class SurveyEngine
{
    /// <summary>
    /// Continues the conversation after a hand-off closed: says <paramref name="lead"/> and re-asks the open question
    /// (or, with <paramref name="resumeSurvey"/> false, only says <paramref name="lead"/>).
    /// </summary>
    public SurveyTurnResult ResumeAfterHandoff(SurveyTurnRequest request, string lead, bool resumeSurvey = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = request.State ?? new ConversationState();
        state.Locale ??= SupportedLocale(request.Locale);
        state.Handoff = null;
        var turn = new SurveyTurn(request, state);
        if (resumeSurvey)
        {
            ContinueOrStart(turn, lead);
        }
        else
        {
            turn.Say(lead);
        }

        return turn.Result();
    }

    /// <summary>Takes the customer's reply to an open offer. False when the message is something else (then it is handled as usual).</summary>
    private bool AnswerHandoffOffer(SurveyTurn turn, string text)
    {
        var state = turn.State;
        if (state.Handoff is { Stage: HandoffStage.Requested })
        {
            // The queue no longer has this conversation (the turn handler checked before the engine ran): it is over.
            state.Handoff = null;
        }

        if (state.Handoff is not { Stage: HandoffStage.Offered } offer)
        {
            return false;
        }

        var texts = HandoffTexts.For(turn.Locale);
        var normal = Commands.CommandParser.Normalize(text);
        var answer = normal == Commands.CommandParser.Normalize(texts.Accept) ? true
            : normal == Commands.CommandParser.Normalize(texts.Decline) ? false
            : YesNoRecognizer.Recognize(text, turn.Locale) is { IsRecognized: true } yesNo ? yesNo.Value
            : (bool?)null;
        switch (answer)
        {
            case true:
                RequestHandoff(turn, offer.Reason, offer.Detail);
                return true;
            case false:
                state.Handoff = null;
                ContinueOrStart(turn, texts.Declined);
                return true;
            default:
                // Neither yes nor no (an answer to the question, a command): the offer lapses and the message counts as usual.
                state.Handoff = null;
                return false;
        }
    }

    private static void RequestHandoff(SurveyTurn turn, string reason, string? detail)
    {
        turn.State.Handoff = new HandoffState
        {
            Stage = HandoffStage.Requested,
            Id = Guid.CreateVersion7(turn.Request.Now),
            Reason = reason,
            Detail = detail,
            Since = turn.Request.Now,
        };
    }

    /// <summary>Offers a person after a recorded answer that calls for one; false when none is due (then the survey goes on).</summary>
    private bool OfferHandoff(SurveyTurn turn, Question question, AnswerValue value, CommentTags? tags)
    {
        var triggers = _options.HandoffTriggers;
        var state = turn.State;
        var responseId = state.Survey?.ResponseId;
        if (triggers is null || responseId is null || state.HandoffOfferedFor == responseId)
        {
            return false;
        }

        var texts = HandoffTexts.For(turn.Locale);
        (string Reason, string Detail, string Text)? offer = null;
        if (question is RatingQuestion && value.Kind == AnswerKind.Number && value.Number is { } rating && rating <= triggers.LowRating)
        {
            offer = (HandoffReasons.LowRating, $"{question.Id}={rating.ToString(CultureInfo.InvariantCulture)}", texts.OfferAfterLowRating);
        }
        else if (tags is not null
            && ((tags.Sentiment == "negative" && Math.Abs(tags.SentimentScore) >= triggers.NegativeSentimentStrength)
                || (tags.Emotion == "angry" && tags.EmotionConfidence >= triggers.AngryConfidence)))
        {
            offer = (HandoffReasons.NegativeSentiment, $"{question.Id}: {tags.Sentiment}/{tags.Emotion}", texts.OfferAfterNegativeComment);
        }

        if (offer is not { } made)
        {
            return false;
        }

        state.HandoffOfferedFor = responseId;
        state.Handoff = new HandoffState { Stage = HandoffStage.Offered, Reason = made.Reason, Detail = made.Detail, Since = turn.Request.Now };
        var message = Activity.CreateMessage(made.Text);
        message.SuggestedActions = new SuggestedActions
        {
            Actions = [CardAction.ImBack(texts.Accept, texts.Accept), CardAction.ImBack(texts.Decline, texts.Decline)],
        };
        turn.Send(message);
        return true;
    }
}
