using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Domain.Conversations;

namespace AfterSalesBot.Dialogs.Tests.Engine;

public sealed class TurnContextTests
{
    [Fact]
    public void Replies_are_collected_in_the_order_they_were_sent()
    {
        var incoming = Activity.CreateMessage("hello");
        incoming.From = new ChannelAccount { Id = "u-1" };
        var turn = new TurnContext(incoming, new ConversationRef("directline", "c-1"), "en-US");

        turn.SendMessage("first").SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Yes", "yes")] };
        turn.Send(Activity.CreateTyping());

        Assert.Equal("u-1", turn.UserId);
        Assert.Collection(
            turn.Outgoing,
            first => Assert.Equal("first", first.Text),
            second => Assert.Equal(ActivityTypes.Typing, second.Type));
        Assert.Equal("yes", turn.Outgoing[0].SuggestedActions!.Actions[0].Value!.GetValue<string>());
    }
}
