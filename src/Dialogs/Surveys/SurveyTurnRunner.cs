using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Complaints;
using AfterSalesBot.Dialogs.Surveys.State;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>
/// Runs one survey turn against storage: load the state (with its ETag), let the engine decide, and commit
/// state, response rows and (optionally) the inbound and outbound activities in one transaction. An ETag
/// conflict (another instance or a double click got there first) reloads and runs the turn again; nothing
/// is merged silently.
/// </summary>
/// <para>
/// With a <see cref="ComplaintDesk"/>, a turn's ticket work (open a filed complaint, apply a closure answer, look up the
/// customer's tickets) is done after the engine and before the commit, so the reply that names the ticket is committed
/// with the state; every piece of that work is idempotent, so a retried turn repeats nothing.
/// </para>
public sealed class SurveyTurnRunner(SurveyEngine engine, IConversationStore conversations, ITurnStore turns, TimeProvider time, ComplaintDesk? complaints = null)
{
    private const int MaxAttempts = 5;

    /// <param name="inbound">The activity as it goes into the transcript with this commit (a redelivery is detected here); null when there is none to record.</param>
    /// <param name="addressReply">Completes each reply (from, recipient, ids…) before it is written to the transcript in the same commit; null when the caller records the replies.</param>
    /// <exception cref="ConcurrencyConflictException">The state kept changing under the turn <see cref="MaxAttempts"/> times.</exception>
    public async Task<SurveyTurnOutcome> RunAsync(
        ConversationRef conversation,
        Activity activity,
        string locale,
        InboundActivity? inbound,
        Func<Activity, Activity>? addressReply,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await conversations.LoadStateAsync(conversation, cancellationToken).ConfigureAwait(false);
            var state = stored is null ? null : ConversationStateJson.Parse(stored.Document);
            var result = engine.Run(new SurveyTurnRequest(state, activity, conversation, locale, time.GetUtcNow()));
            if (complaints is not null)
            {
                result = await complaints.ApplyAsync(result, cancellationToken).ConfigureAwait(false);
            }

            List<string> outbound = addressReply is null ? [] : [.. result.Replies.Select(r => ActivityJson.Serialize(addressReply(r)))];
            var commit = await turns.CommitTurnAsync(
                new TurnCommit(
                    conversation, inbound, stored?.ETag, ConversationStateJson.Write(result.State), outbound,
                    result.ResponsesStarted, result.Answers, result.ResponsesFinished),
                cancellationToken).ConfigureAwait(false);
            switch (commit.Outcome)
            {
                case TurnCommitOutcome.Committed:
                    return new SurveyTurnOutcome(commit, result);
                case TurnCommitOutcome.DuplicateInbound:
                    return new SurveyTurnOutcome(commit, null);
            }
        }

        throw new ConcurrencyConflictException($"The state of {conversation} changed under the turn {MaxAttempts} times in a row.") { Conversation = conversation };
    }
}
