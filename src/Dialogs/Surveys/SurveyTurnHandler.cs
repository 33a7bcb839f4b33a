using AfterSalesBot.Dialogs.Engine;

namespace AfterSalesBot.Dialogs.Surveys;

/// <summary>
/// The survey engine behind every channel. It commits the whole turn itself (ADR 0002): the inbound activity,
/// the state, the answers and the addressed replies in one transaction, then tells the adapter with
/// <see cref="TurnContext.MarkCommitted"/> so nothing is written twice. A redelivered activity runs nothing.
/// </summary>
public sealed class SurveyTurnHandler(SurveyTurnRunner runner) : ITurnHandler
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var outcome = await runner.RunAsync(
            turn.Conversation, turn.Activity, turn.Locale, turn.Inbound, turn.AddressReply ?? (reply => reply), cancellationToken).ConfigureAwait(false);
        foreach (var reply in outcome.Result?.Replies ?? [])
        {
            turn.Send(reply);
        }

        turn.MarkCommitted(outcome.Commit);
    }
}
