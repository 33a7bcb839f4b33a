using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Surveys;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Dialogs.Handoffs;

/// <summary>
/// Gives the conversation back to the bot after its hand-off closed (handed back, ended, or turned into a call-back
/// by the queue job): clears the hand-off from the state and commits it (ETag-checked, retried on a conflict), and
/// returns what the bot says next for the caller to deliver on the customer's channel.
/// </summary>
public sealed class HandoffResumer(SurveyEngine engine, IConversationStore conversations, ITurnStore turns, TimeProvider time)
{
    private const int MaxAttempts = 5;

    /// <param name="lead">What to say first, in the conversation's language.</param>
    /// <param name="resumeSurvey">True: re-ask the open survey question after the lead; false: only the lead (a polite close).</param>
    public async Task<IReadOnlyList<Activity>> ResumeAsync(
        ConversationRef conversation, string fallbackLocale, Func<HandoffTexts, string> lead, bool resumeSurvey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await conversations.LoadStateAsync(conversation, cancellationToken).ConfigureAwait(false);
            var state = stored is null ? new ConversationState() : ConversationStateJson.Parse(stored.Document);
            var locale = state.Locale ?? fallbackLocale;
            var result = engine.ResumeAfterHandoff(
                new SurveyTurnRequest(state, Activity.CreateMessage(string.Empty), conversation, locale, time.GetUtcNow()),
                lead(HandoffTexts.For(locale)),
                resumeSurvey);
            var commit = await turns.CommitTurnAsync(
                new TurnCommit(conversation, null, stored?.ETag, ConversationStateJson.Write(result.State), [], result.ResponsesStarted, result.Answers, result.ResponsesFinished),
                cancellationToken).ConfigureAwait(false);
            if (commit.Outcome == TurnCommitOutcome.Committed)
            {
                return result.Replies;
            }
        }

        throw new ConcurrencyConflictException($"The state of {conversation} changed under the hand-back {MaxAttempts} times in a row.") { Conversation = conversation };
    }
}
