using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Domain.Callbacks;
using AfterSalesBot.Domain.Conversations;
using AfterSalesBot.Domain.Handoffs;
using AfterSalesBot.Domain.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Complaints;

/// <summary>
/// A complaint graded escalation level 2 or more in chat goes to a person at once (issue 6's complaint trigger): queued
/// when an agent is on duty, otherwise a call-back with its deadline, in both cases after the ticket receipt.
/// </summary>
public sealed partial class ComplaintEscalationHandoffTests(ITestOutputHelper output) : IDisposable
{
    private readonly ChannelsHost _host = new(settings: new Dictionary<string, string?>
    {
        ["Channels:TurnHandler"] = "default",
        ["Complaints:SendChecks"] = "false",
        ["Tickets:SlaClock:Enabled"] = "false",
    });

    private static readonly string[] SafetyComplaint =
        ["投诉", "美的电暖器 NDK20", "上个月", "电暖器开机十分钟后插头冒烟，有烧焦的味道，已经拔掉电源了", "产品质量故障", "换货", "13800138000"];

    [Fact]
    public async Task With_an_agent_on_duty_a_level_two_complaint_is_queued_for_a_person_after_the_receipt()
    {
        await _host.Services.GetRequiredService<IHandoffStore>().HeartbeatAsync("li.na", "李娜", _host.Time.GetUtcNow(), CancellationToken.None);
        var customer = await DirectLineCustomer.StartAsync(new DirectLineClient(_host.CreateClient()), output, "zh-CN");

        var reply = await FileAsync(customer);

        var number = TicketNumber().Match(reply).Value;
        var ticket = (await _host.Services.GetRequiredService<TicketService>().GetAsync(number, CancellationToken.None))!;
        Assert.True(ticket.Grade.Level >= 2);
        Assert.True(reply.IndexOf(number, StringComparison.Ordinal) < reply.IndexOf("正在为您转接人工客服", StringComparison.Ordinal), reply);
        Assert.DoesNotContain("您是个人客户还是企业客户", reply[reply.IndexOf("正在为您转接人工客服", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var open = await _host.Services.GetRequiredService<IHandoffStore>().FindOpenAsync(new ConversationRef("directline", customer.ConversationId), CancellationToken.None);
        Assert.NotNull(open);
        Assert.Equal((HandoffStatuses.Queued, HandoffReasons.ComplaintEscalation), (open.Status, open.Reason));
        Assert.Contains(number, open.Detail, StringComparison.Ordinal);

        // While queued the bot keeps the customer informed instead of running the survey.
        Assert.Contains("您仍在排队", await customer.SayAsync("还要等多久"));
    }

    [Fact]
    public async Task With_nobody_on_duty_it_becomes_a_call_back_and_the_survey_goes_on()
    {
        var customer = await DirectLineCustomer.StartAsync(new DirectLineClient(_host.CreateClient()), output, "zh-CN");
        var before = _host.Time.GetUtcNow();

        var reply = await FileAsync(customer);

        var number = TicketNumber().Match(reply).Value;
        Assert.True(reply.IndexOf(number, StringComparison.Ordinal) < reply.IndexOf("回电", StringComparison.Ordinal), reply);
        var callbacks = await _host.Services.GetRequiredService<ICallbackTaskStore>().ListAsync(new CallbackQuery(Source: CallbackSources.Handoff), CancellationToken.None);
        var task = Assert.Single(callbacks, c => c.Conversation?.ConversationId == customer.ConversationId);
        Assert.InRange(task.DueAt, before.AddHours(24), _host.Time.GetUtcNow().AddHours(24));
        Assert.Null(await _host.Services.GetRequiredService<IHandoffStore>().FindOpenAsync(new ConversationRef("directline", customer.ConversationId), CancellationToken.None));
        Assert.Contains("您是个人客户还是企业客户", reply[reply.IndexOf("回电", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();

    private static async Task<string> FileAsync(DirectLineCustomer customer)
    {
        var reply = string.Empty;
        foreach (var step in SafetyComplaint)
        {
            reply = await customer.SayAsync(step);
        }

        return reply;
    }

    [GeneratedRegex("T[0-9]{8}-[0-9]{4,}")]
    private static partial Regex TicketNumber();
}
