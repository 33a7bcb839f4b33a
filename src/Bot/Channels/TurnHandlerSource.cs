using AfterSalesBot.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// The registered <see cref="ITurnHandler"/> (the survey engine once it is registered), or the greeting/echo
/// handler when <c>Channels:TurnHandler</c> is <c>echo</c>. Scoped, so a scoped handler gets this request's services.
/// </summary>
internal sealed class TurnHandlerSource(IServiceProvider services, IOptions<ChannelsOptions> options) : ITurnHandlerSource
{
    public ITurnHandler Current => options.Value.TurnHandler == "echo"
        ? services.GetRequiredService<GreetingEchoTurnHandler>()
        : services.GetRequiredService<ITurnHandler>();
}
