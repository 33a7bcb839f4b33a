using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>One turn's input to the survey engine.</summary>
/// <param name="State">The conversation's state as loaded (null: a new conversation).</param>
/// <param name="Locale">The locale the channel reported for this activity (zh-CN / en-US).</param>
public sealed record SurveyTurnRequest(
    ConversationState? State,
    Activity Activity,
    ConversationRef Conversation,
    string Locale,
    DateTimeOffset Now);
