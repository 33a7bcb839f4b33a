using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Engine;
using AfterSalesBot.Domain.Conversations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Tests.Channels;

public sealed class ChannelAdapterTests
{
    private static readonly ConversationRef Conversation = new("test", "c-1");

    private readonly InMemoryConversationStores _stores = new(TimeProvider.System);

    [Fact]
    public async Task A_failing_turn_records_nothing_so_the_retry_runs_it_again()
    {
        var failing = Adapter(new ThrowingHandler());

        var failed = await failing.ProcessAsync(Conversation, Message("m-1", "hi"), "m-1", CancellationToken.None);
        var retried = await Adapter(new GreetingEchoTurnHandler()).ProcessAsync(Conversation, Message("m-1", "hi"), "m-1", CancellationToken.None);

        Assert.True(failed.Failed);
        Assert.False(retried.IsDuplicate);
        Assert.Equal(["hi", "You said: hi"], _stores.Transcript(Conversation).Select(e => ActivityJson.Deserialize(e.ActivityJson).Text));
    }

    [Fact]
    public async Task A_redelivery_is_recognised_and_reports_the_first_deliverys_id()
    {
        var adapter = Adapter(new GreetingEchoTurnHandler());

        var first = await adapter.ProcessAsync(Conversation, Message(null, "hi"), "client-1", CancellationToken.None);
        var again = await adapter.ProcessAsync(Conversation, Message(null, "hi"), "client-1", CancellationToken.None);

        Assert.True(again.IsDuplicate);
        Assert.Empty(again.Replies);
        Assert.Equal(first.InboundId, again.InboundId);
        Assert.Equal(2, _stores.Transcript(Conversation).Count);
    }

    [Fact]
    public async Task A_handler_that_commits_the_turn_itself_is_not_recorded_twice()
    {
        var adapter = Adapter(new SelfCommittingHandler(_stores));

        var outcome = await adapter.ProcessAsync(Conversation, Message("m-1", "hi"), "m-1", CancellationToken.None);

        Assert.Equal(2, _stores.Transcript(Conversation).Count);
        var reply = ActivityJson.Deserialize(_stores.Transcript(Conversation)[1].ActivityJson);
        Assert.Equal("m-1", reply.ReplyToId);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal(2, Assert.Single(outcome.Replies).Sequence);
    }

    private ChannelAdapter Adapter(ITurnHandler handler) => new(
        _stores, _stores, _stores, new FixedHandler(handler), new ConversationSignals(), new KnownConversations(),
        TimeProvider.System, Options.Create(new ChannelsOptions()), NullLogger<ChannelAdapter>.Instance);

    private static Activity Message(string? id, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "test",
        Text = text,
        Locale = "en-US",
        Conversation = new ConversationAccount { Id = Conversation.ConversationId },
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "bot-1" },
    };

    private sealed class FixedHandler(ITurnHandler handler) : ITurnHandlerSource
    {
        public ITurnHandler Current => handler;
    }

    private sealed class ThrowingHandler : ITurnHandler
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) => throw new InvalidOperationException("the engine broke");
    }

    /// <summary>What the survey engine does: commit inbound, replies (and its state) in its own transaction.</summary>
    private sealed class SelfCommittingHandler(ITurnStore store) : ITurnHandler
    {
        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            turn.SendMessage("saved");
            var result = await store.CommitTurnAsync(
                TurnCommit.ActivitiesOnly(turn.Conversation, turn.Inbound, [.. turn.Outgoing.Select(ActivityJson.Serialize)]),
                cancellationToken);
            turn.MarkCommitted(result);
        }
    }
}
