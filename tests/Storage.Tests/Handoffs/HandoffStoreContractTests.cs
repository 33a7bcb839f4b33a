using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;
using AfterSalesBot.Storage.Stores;
using AfterSalesBot.Storage.Tests.Support;

namespace AfterSalesBot.Storage.Tests.Handoffs;

/// <summary>The hand-off queue every dialect must keep: one open hand-off per conversation, one winner per take, durable.</summary>
public abstract class HandoffStoreContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T0 = new(2031, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private SqlHandoffStore Store => new(fixture.Dialect);

    private static NewHandoff Request(string? conversationId = null) =>
        new(Guid.NewGuid(), new ConversationRef("webchat", conversationId ?? Guid.NewGuid().ToString("N")), HandoffReasons.LowRating, "zh-CN", "speed=2");

    [Fact]
    public async Task A_queued_handoff_reads_back_and_is_the_conversations_open_one()
    {
        var request = Request();
        var queued = await Store.EnqueueAsync(request, T0, None);

        Assert.Equal((request.Id, HandoffStatuses.Queued, HandoffReasons.LowRating, "zh-CN", T0, "speed=2"), (queued.Id, queued.Status, queued.Reason, queued.Locale, queued.QueuedAt, queued.Detail));
        Assert.Equal(request.Conversation, queued.Conversation);
        Assert.Equal(queued, await Store.GetAsync(request.Id, None));
        Assert.Equal(queued, await Store.FindOpenAsync(request.Conversation, None));
    }

    [Fact]
    public async Task A_second_request_for_the_same_conversation_returns_the_open_handoff_instead_of_queueing_twice()
    {
        var first = await Store.EnqueueAsync(Request("twice"), T0, None);

        var second = await Store.EnqueueAsync(Request("twice") with { Reason = HandoffReasons.CustomerRequest }, T0.AddMinutes(1), None);
        var retried = await Store.EnqueueAsync(Request("twice") with { Id = first.Id }, T0.AddMinutes(2), None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Id, retried.Id);
        Assert.Single(await Store.ListAsync(null, 1000, None), h => h.Conversation.ConversationId == "twice");
    }

    [Fact]
    public async Task Two_agents_taking_the_same_conversation_at_once_have_exactly_one_winner()
    {
        var queued = await Store.EnqueueAsync(Request(), T0, None);

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => Store.TakeAsync(queued.Id, $"agent{i}", $"Agent {i}", T0.AddMinutes(1), None))));

        Assert.Equal(1, results.Count(won => won));
        var taken = await Store.GetAsync(queued.Id, None);
        Assert.Equal(HandoffStatuses.Active, taken!.Status);
        Assert.Equal($"agent{Array.IndexOf(results, true) + 1}", taken.Agent);
        Assert.Equal(T0.AddMinutes(1), taken.TakenAt);
    }

    [Fact]
    public async Task Closing_checks_the_expected_status_and_frees_the_conversation_for_a_new_handoff()
    {
        var queued = await Store.EnqueueAsync(Request(), T0, None);
        Assert.True(await Store.TakeAsync(queued.Id, "wang", "王工", T0.AddMinutes(1), None));

        Assert.False(await Store.CloseAsync(queued.Id, HandoffStatuses.Queued, HandoffStatuses.Cancelled, "customer", T0.AddMinutes(2), null, None));
        Assert.True(await Store.CloseAsync(queued.Id, HandoffStatuses.Active, HandoffStatuses.Released, "wang", T0.AddMinutes(3), null, None));
        Assert.False(await Store.CloseAsync(queued.Id, HandoffStatuses.Active, HandoffStatuses.Ended, "wang", T0.AddMinutes(4), null, None));

        var closed = await Store.GetAsync(queued.Id, None);
        Assert.Equal((HandoffStatuses.Released, "wang", T0.AddMinutes(3)), (closed!.Status, closed.ClosedBy, closed.ClosedAt));
        Assert.Null(await Store.FindOpenAsync(queued.Conversation, None));
        var again = await Store.EnqueueAsync(Request(queued.Conversation.ConversationId), T0.AddMinutes(5), None);
        Assert.NotEqual(queued.Id, again.Id);
    }

    [Fact]
    public async Task A_call_back_closes_the_queued_handoff_with_the_task_it_created()
    {
        var queued = await Store.EnqueueAsync(Request(), T0, None);
        var task = Guid.NewGuid();

        Assert.True(await Store.CloseAsync(queued.Id, HandoffStatuses.Queued, HandoffStatuses.Callback, "system", T0.AddMinutes(10), task, None));

        Assert.Equal(task, (await Store.GetAsync(queued.Id, None))!.CallbackTaskId);
        Assert.False(await Store.TakeAsync(queued.Id, "late", "Late", T0.AddMinutes(11), None));
    }

    [Fact]
    public async Task Queue_position_counts_the_older_queued_handoffs_and_the_timeout_scan_finds_the_old_ones()
    {
        var start = T0.AddDays(30);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await Store.EnqueueAsync(Request(), start.AddSeconds(i), None)).Id);
        }

        var before = await Store.QueuePositionAsync(ids[2], None);
        Assert.True(await Store.TakeAsync(ids[0], "li", "Li", start.AddSeconds(5), None));
        var after = await Store.QueuePositionAsync(ids[2], None);

        Assert.Equal(1, before - after);
        Assert.Null(await Store.QueuePositionAsync(ids[0], None));
        var old = await Store.ListQueuedBeforeAsync(start.AddSeconds(1.5), 100, None);
        Assert.Contains(old, h => h.Id == ids[1]);
        Assert.DoesNotContain(old, h => h.Id == ids[0] || h.Id == ids[2]);
    }

    [Fact]
    public async Task Every_change_moves_the_change_counter_that_other_instances_poll()
    {
        var v0 = await Store.ChangeVersionAsync(None);
        var queued = await Store.EnqueueAsync(Request(), T0, None);
        var v1 = await Store.ChangeVersionAsync(None);
        await Store.TouchAsync(queued.Id, T0.AddMinutes(1), None);
        var v2 = await Store.ChangeVersionAsync(None);
        Assert.False(await Store.CloseAsync(queued.Id, HandoffStatuses.Active, HandoffStatuses.Ended, "x", T0, null, None));
        var v3 = await Store.ChangeVersionAsync(None);

        Assert.True(v1 > v0);
        Assert.True(v2 > v1);
        Assert.Equal(v2, v3);
        Assert.Equal(T0.AddMinutes(1), (await Store.GetAsync(queued.Id, None))!.LastCustomerMessageAt);
    }

    [Fact]
    public async Task Agents_on_duty_are_those_whose_console_sent_a_heartbeat_recently()
    {
        var now = T0.AddDays(60);
        await Store.HeartbeatAsync("duty-a", "A", now, None);
        await Store.HeartbeatAsync("duty-b", "B", now.AddMinutes(-5), None);
        await Store.HeartbeatAsync("duty-c", "C", now, None);
        await Store.LeaveAsync("duty-c", None);

        Assert.Equal(1, await Store.CountAgentsOnDutyAsync(now.AddMinutes(-1), None));
        Assert.Equal(2, await Store.CountAgentsOnDutyAsync(now.AddMinutes(-10), None) - await Store.CountAgentsOnDutyAsync(now.AddMinutes(1000), None));
    }
}
