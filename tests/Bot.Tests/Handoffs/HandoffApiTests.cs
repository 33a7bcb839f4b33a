using System.Net;
using System.Text.Json;
using AfterSalesBot.Bot.Handoffs;
using AfterSalesBot.Bot.Tests.Tickets;
using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;
using AfterSalesBot.Domain.Reports;
using AfterSalesBot.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Bot.Tests.Handoffs;

/// <summary>The hand-off API over the real service: the queue, one winner per take, who may read what, the wait limit, call-backs.</summary>
public sealed class HandoffApiTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    // The wait-limit job's own timer runs on the wall clock; tests drive the job themselves, so it never fires in between.
    private readonly ApiHost _api = new(new Dictionary<string, string?> { ["Handoff:CheckInterval"] = "00:10:00" });

    private IHandoffStore Store => _api.Factory.Services.GetRequiredService<IHandoffStore>();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task The_queue_lists_waiting_conversations_with_the_fields_integrations_need()
    {
        await OnDutyAsync();
        var queued = await QueueAsync("list-me");
        using var agent = await _api.ClientAsync(Roles.Agent);

        var list = await ApiHost.JsonAsync(await agent.GetAsync(new Uri("/api/handoffs?status=queued", UriKind.Relative)));

        var item = list.EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == queued.Id);
        Assert.Equal(("list-me", "webchat", "queued", HandoffReasons.LowRating), (item.GetProperty("conversationId").GetString(), item.GetProperty("channelId").GetString(), item.GetProperty("status").GetString(), item.GetProperty("reason").GetString()));
        Assert.Equal(queued.QueuedAt, item.GetProperty("queuedAt").GetDateTimeOffset());
        Assert.Equal(1, item.GetProperty("position").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync(new Uri("/api/handoffs?status=lost", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Two_agents_taking_the_same_conversation_one_gets_it_the_other_409_and_the_take_is_audited()
    {
        var queued = await QueueAsync("race");
        using var first = await _api.ClientAsync(Roles.Agent);
        using var second = await _api.ClientAsync(Roles.Agent);

        var results = await Task.WhenAll(
            first.PostAsync(new Uri($"/api/handoffs/{queued.Id}/take", UriKind.Relative), null),
            second.PostAsync(new Uri($"/api/handoffs/{queued.Id}/take", UriKind.Relative), null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order());
        var audit = await _api.Factory.Services.GetRequiredService<IAuditLog>().ListAsync(50, None);
        Assert.Single(audit, e => e.Action == "handoff.take" && e.Subject!.Contains(queued.Id.ToString("D"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agent_cannot_read_or_write_another_agents_conversation_but_a_supervisor_can_read_it()
    {
        var queued = await QueueAsync("mine");
        using var owner = await _api.ClientAsync(Roles.Agent);
        using var other = await _api.ClientAsync(Roles.Agent);
        using var supervisor = await _api.ClientAsync(Roles.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(new Uri($"/api/handoffs/{queued.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync(new Uri($"/api/handoffs/{queued.Id}/take", UriKind.Relative), null)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(new Uri($"/api/handoffs/{queued.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiHost.PostAsync(other, $"/api/handoffs/{queued.Id}/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync(new Uri($"/api/handoffs/{queued.Id}/release", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync(new Uri($"/api/handoffs/{queued.Id}", UriKind.Relative))).StatusCode);
        var reads = (await _api.Factory.Services.GetRequiredService<IAuditLog>().ListAsync(50, None)).Where(e => e.Action == "handoff.read").ToList();
        Assert.Equal(2, reads.Count);
    }

    [Fact]
    public async Task The_agents_message_reaches_the_transcript_under_the_agents_name_and_hand_back_gives_the_bot_the_word()
    {
        var queued = await QueueAsync("talk");
        using var agent = await _api.ClientAsync(Roles.Agent);
        await agent.PostAsync(new Uri($"/api/handoffs/{queued.Id}/take", UriKind.Relative), null);

        var sent = await ApiHost.PostAsync(agent, $"/api/handoffs/{queued.Id}/messages", new { text = "您好，我是客服，马上为您处理" });
        var empty = await ApiHost.PostAsync(agent, $"/api/handoffs/{queued.Id}/messages", new { text = " " });
        var released = await agent.PostAsync(new Uri($"/api/handoffs/{queued.Id}/release", UriKind.Relative), null);
        var again = await agent.PostAsync(new Uri($"/api/handoffs/{queued.Id}/release", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal("released", (await ApiHost.JsonAsync(released)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var transcript = await _api.Factory.Services.GetRequiredService<ITranscriptStore>().ReadAfterAsync(queued.Conversation, 0, 100, None);
        var texts = transcript.Select(e => JsonDocument.Parse(e.ActivityJson).RootElement).ToList();
        var agentMessage = texts.Single(t => t.TryGetProperty("text", out var x) && x.GetString() == "您好，我是客服，马上为您处理");
        Assert.StartsWith("agent:", agentMessage.GetProperty("from").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains(texts, t => t.TryGetProperty("text", out var x) && x.GetString()!.Contains("客服已将对话交还给我", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customer_who_waits_too_long_gets_a_call_back_task_due_in_24_hours_and_closing_it_records_the_outcome()
    {
        await OnDutyAsync();
        var queued = await QueueAsync("slow");
        _api.Clock.Advance(TimeSpan.FromMinutes(11));
        await OnDutyAsync();

        var expired = await _api.Factory.Services.GetRequiredService<HandoffQueueJob>().RunOnceAsync(None);

        Assert.Equal(1, expired);
        var closed = await Store.GetAsync(queued.Id, None);
        Assert.Equal(HandoffStatuses.Callback, closed!.Status);
        using var agent = await _api.ClientAsync(Roles.Agent);
        var list = await ApiHost.JsonAsync(await agent.GetAsync(new Uri("/api/callbacks?status=open&source=handoff", UriKind.Relative)));
        var task = list.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == closed.CallbackTaskId);
        Assert.Equal(_api.Clock.GetUtcNow().AddHours(24), task.GetProperty("dueAt").GetDateTimeOffset());
        var transcript = await _api.Factory.Services.GetRequiredService<ITranscriptStore>().ReadAfterAsync(queued.Conversation, 0, 100, None);
        Assert.Contains(transcript, e => e.ActivityJson.Contains("给您回电", StringComparison.Ordinal));

        var close = await ApiHost.PostAsync(agent, $"/api/callbacks/{closed.CallbackTaskId}/close", new { status = "done", outcome = "电话沟通，已安排上门" });
        var twice = await ApiHost.PostAsync(agent, $"/api/callbacks/{closed.CallbackTaskId}/close", new { status = "failed", outcome = "x" });
        var bad = await ApiHost.PostAsync(agent, $"/api/callbacks/{closed.CallbackTaskId}/close", new { status = "maybe", outcome = "x" });

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal(("done", "电话沟通，已安排上门"), ((await ApiHost.JsonAsync(close)).GetProperty("status").GetString(), (await ApiHost.JsonAsync(close)).GetProperty("outcome").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains(await _api.Factory.Services.GetRequiredService<IAuditLog>().ListAsync(50, None), e => e.Action == "callbacks.read");
    }

    [Fact]
    public async Task With_nobody_on_duty_a_request_becomes_a_call_back_at_once()
    {
        var placement = await _api.Factory.Services.GetRequiredService<IHandoffQueue>().PlaceAsync(
            new NewHandoff(Guid.NewGuid(), new ConversationRef("webchat", "nobody"), HandoffReasons.CustomerRequest, "en-US"), None);

        Assert.True(placement.IsCallback);
        var task = await _api.Factory.Services.GetRequiredService<ICallbackTaskStore>().GetAsync(placement.Handoff.CallbackTaskId!.Value, None);
        Assert.Equal((CallbackSources.Handoff, CallbackStatuses.Open), (task!.Source, task.Status));
    }

    [Fact]
    public async Task A_complaint_escalation_from_outside_a_turn_queues_the_conversation_and_tells_the_customer()
    {
        await OnDutyAsync();
        var conversation = new ConversationRef("webchat", "escalated");
        await _api.Factory.Services.GetRequiredService<IConversationStore>().UpsertConversationAsync(conversation, "zh-CN", null, "user-9", None);

        var placement = await _api.Factory.Services.GetRequiredService<IHandoffRequests>().RequestAsync(
            conversation, HandoffReasons.ComplaintEscalation, "ticket T20261122-0001, level 2", "zh-CN", None);

        Assert.True(placement.IsQueued);
        Assert.Equal(("ticket T20261122-0001, level 2", HandoffReasons.ComplaintEscalation), (placement.Handoff.Detail, placement.Handoff.Reason));
        var transcript = await _api.Factory.Services.GetRequiredService<ITranscriptStore>().ReadAfterAsync(conversation, 0, 10, None);
        Assert.Contains(transcript, e => e.ActivityJson.Contains("您排在第 1 位", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_handoff_and_callback_endpoint()
    {
        using var anonymous = await _api.ClientAsync(null);

        var document = await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        foreach (var path in new[] { "/api/handoffs", "/api/handoffs/{id}", "/api/handoffs/{id}/take", "/api/handoffs/{id}/messages", "/api/handoffs/{id}/typing",
                     "/api/handoffs/{id}/release", "/api/handoffs/{id}/end", "/api/callbacks", "/api/callbacks/{id}/close" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }

    private Task OnDutyAsync() => Store.HeartbeatAsync("duty", "Duty", _api.Clock.GetUtcNow(), None);

    private Task<Handoff> QueueAsync(string conversationId) =>
        Store.EnqueueAsync(new NewHandoff(Guid.NewGuid(), new ConversationRef("webchat", conversationId), HandoffReasons.LowRating, "zh-CN", "speed=2"), _api.Clock.GetUtcNow(), None);
}
