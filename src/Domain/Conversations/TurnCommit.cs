using AfterSalesBot.Domain.Surveys;

namespace AfterSalesBot.Domain.Conversations;

/// <summary>
/// Everything one turn writes, committed in one transaction: the inbound activity, the new state (checked
/// against <paramref name="ExpectedETag"/>), survey response changes, answers with their comments, and the
/// outbound activities in order. Either all of it is stored or none of it.
/// </summary>
/// <param name="Inbound">The activity that started the turn; null for a proactive or agent-initiated turn.</param>
/// <param name="ExpectedETag">The ETag the state was loaded with (null: no state existed).</param>
/// <param name="NewStateDocument">The state after the turn; null leaves the state untouched (and skips the ETag check).</param>
public sealed record TurnCommit(
    ConversationRef Conversation,
    InboundActivity? Inbound,
    string? ExpectedETag,
    string? NewStateDocument,
    IReadOnlyList<string> OutboundActivities,
    IReadOnlyList<SurveyResponseStart> ResponsesStarted,
    IReadOnlyList<AnswerWrite> Answers,
    IReadOnlyList<ResponseCompletion> ResponsesFinished)
{
    /// <summary>A commit that only appends activities (no state, no answers).</summary>
    public static TurnCommit ActivitiesOnly(ConversationRef conversation, InboundActivity? inbound, IReadOnlyList<string> outbound) =>
        new(conversation, inbound, null, null, outbound, [], [], []);
}
