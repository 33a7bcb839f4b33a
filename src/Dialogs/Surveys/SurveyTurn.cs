using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Dialogs.Surveys.Prompts;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>Collects what one turn decides: replies and response rows, applied to the state as they are added.</summary>
internal sealed class SurveyTurn(SurveyTurnRequest request, ConversationState state)
{
    private readonly List<Activity> _replies = [];
    private readonly List<AnswerWrite> _answers = [];
    private readonly List<ResponseCompletion> _finished = [];

    public SurveyTurnRequest Request { get; } = request;

    public ConversationState State { get; } = state;

    public List<SurveyResponseStart> Started { get; } = [];

    public string Locale => State.Locale!;

    /// <summary>How many replies the turn has so far: where a reply the host adds after the turn belongs.</summary>
    public int ReplyCount => _replies.Count;

    /// <summary>A complaint the intake completed in this turn (the host opens the ticket).</summary>
    public FiledComplaint? Filed { get; set; }

    /// <summary>The customer's answer to a closure question (the host applies it to the ticket).</summary>
    public TicketAnswer? TicketAnswer { get; set; }

    /// <summary>The customer asked about their tickets (the host answers).</summary>
    public StatusQuery? Status { get; set; }

    public EngineTexts Texts => EngineTexts.For(Locale);

    public void Say(string text) => _replies.Add(Activity.CreateMessage(text));

    public void Send(Activity activity) => _replies.Add(activity);

    /// <summary>Records an answer to the open response and in the state.</summary>
    public void Answer(string questionId, AnswerValue value, string rawText, string? comment = null, Domain.Comments.CommentTags? tags = null)
    {
        var progress = State.Survey!;
        progress.Put(questionId, value);
        _answers.Add(new AnswerWrite(new AnswerRecord(progress.ResponseId, questionId, value, rawText, Request.Now), comment, tags));
    }

    /// <summary>Ends the open response with <paramref name="status"/>.</summary>
    public void Finish(ResponseStatus status)
    {
        var progress = State.Survey!;
        _finished.Add(new ResponseCompletion(progress.ResponseId, status, Request.Now));
        State.Finished = new FinishedSurvey { ResponseId = progress.ResponseId, SurveyId = progress.SurveyId, Status = status };
        State.Survey = null;
    }

    public SurveyTurnResult Result()
    {
        var status = State.Survey is not null ? TurnStatus.Waiting
            : State.Finished?.Status is ResponseStatus.Cancelled or ResponseStatus.Abandoned ? TurnStatus.Cancelled
            : State.Finished is not null ? TurnStatus.Complete
            : TurnStatus.Waiting;
        return new SurveyTurnResult(status, State, _replies, Started, _answers, _finished)
        {
            Complaint = Filed is null && TicketAnswer is null && Status is null ? null : new ComplaintEffects(Filed, TicketAnswer, Status),
        };
    }
}
