using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Dialogs.Handoffs;
using AfterSalesBot.Domain.Conversations;
using Xunit.Abstractions;

namespace AfterSalesBot.Dialogs.Tests.Handoffs;

/// <summary>One customer talking through the hand-off turn handler (the channel adapter's part played here); the exchange goes to the test output.</summary>
public sealed class HandoffChat(Func<HandoffTurnHandler> handler, string conversationId, string locale, TimeProvider clock, ITestOutputHelper output)
{
    private int _sequence;

    public ConversationRef Conversation { get; } = new("test", conversationId);

    public async Task<IReadOnlyList<Activity>> SendAsync(string text)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{conversationId}-{++_sequence}",
            ChannelId = Conversation.ChannelId,
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = $"user-{conversationId}", Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
            Locale = locale,
            Timestamp = clock.GetUtcNow(),
            Text = text,
        };
        output.WriteLine($"customer: {text}");
        var turn = new TurnContext(activity, Conversation, locale) { Inbound = new InboundActivity(ActivityJson.Serialize(activity), activity.Id) };
        await handler().OnTurnAsync(turn, CancellationToken.None);
        Assert.NotNull(turn.Commit);
        foreach (var reply in turn.Outgoing)
        {
            output.WriteLine($"bot: {reply.Text?.Replace("\n", " / ", StringComparison.Ordinal)}");
        }

        return turn.Outgoing;
    }

    public async Task<IReadOnlyList<Activity>> SendAllAsync(params string[] texts)
    {
        IReadOnlyList<Activity> replies = [];
        foreach (var text in texts)
        {
            replies = await SendAsync(text);
        }

        return replies;
    }
}
