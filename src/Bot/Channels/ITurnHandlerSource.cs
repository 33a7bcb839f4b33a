using AfterSalesBot.Dialogs.Engine;

namespace AfterSalesBot.Bot.Channels;

/// <summary>Picks the turn handler for this request (see <see cref="ChannelsOptions.TurnHandler"/>).</summary>
public interface ITurnHandlerSource
{
    ITurnHandler Current { get; }
}
