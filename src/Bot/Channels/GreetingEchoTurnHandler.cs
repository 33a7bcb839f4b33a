using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Engine;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// The simplest turn that proves the channel plumbing: greet a customer who joins, echo what they type.
/// It stays registered as the diagnostic handler (<c>Channels:TurnHandler=echo</c>) for protocol benchmarks.
/// </summary>
public sealed class GreetingEchoTurnHandler : ITurnHandler
{
    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var chinese = turn.Locale == SupportedLocales.Chinese;
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate) && CustomerJoined(activity))
        {
            turn.SendMessage(chinese
                ? "您好！我是售后服务助手。请告诉我您的问题或意见。"
                : "Hello! I am the after-sales assistant. Tell me about your experience or your problem.");
        }
        else if (activity.IsType(ActivityTypes.Message) && !string.IsNullOrWhiteSpace(activity.Text))
        {
            turn.SendMessage(chinese ? $"您说：{activity.Text}" : $"You said: {activity.Text}");
        }

        return Task.CompletedTask;
    }

    private static bool CustomerJoined(Activity activity) =>
        activity.MembersAdded?.Exists(member => member.Id != activity.Recipient?.Id) ?? false;
}
