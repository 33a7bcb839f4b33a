namespace AfterSalesBot.Dialogs.Engine;

/// <summary>
/// The bot's logic for one turn, the same behind every channel. The channel adapter has already
/// authenticated, normalised and recorded the incoming activity (a redelivery never reaches here);
/// the handler reads <see cref="TurnContext.Activity"/> and adds replies with <see cref="TurnContext.Send"/>.
/// The adapter records and delivers the replies after the handler returns.
/// </summary>
public interface ITurnHandler
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
