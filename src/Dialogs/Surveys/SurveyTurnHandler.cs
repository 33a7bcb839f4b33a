using AfterSalesBot.Dialogs.Engine;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>
/// The survey engine behind every channel. The channel adapter has recorded the inbound activity and records
/// the replies this handler queues; the handler commits the state and the answers together.
/// </summary>
public sealed class SurveyTurnHandler(SurveyTurnRunner runner) : ITurnHandler
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var outcome = await runner.RunAsync(turn.Conversation, turn.Activity, turn.Locale, inbound: null, recordReplies: false, cancellationToken).ConfigureAwait(false);
        foreach (var reply in outcome.Result?.Replies ?? [])
        {
            turn.Send(reply);
        }
    }
}
