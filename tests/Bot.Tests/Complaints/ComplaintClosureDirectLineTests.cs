using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Complaints;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Domain.Tickets;
using AfterSalesBot.Domain.Tickets.CustomerChecks;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Complaints;

/// <summary>
/// A complaint filed over Direct Line (the path Web Chat takes) is confirmed with the customer on the same
/// conversation: "not solved" reopens it, "solved, satisfied" confirms it, and the follow-up days later closes it
/// only when the customer says the fix held. The clock is shifted, never waited for.
/// </summary>
public sealed partial class ComplaintClosureDirectLineTests(ITestOutputHelper output) : IDisposable
{
    private readonly ChannelsHost _host = new(settings: new Dictionary<string, string?>
    {
        ["Channels:TurnHandler"] = "default",
        // The test drives the sender itself, at the shifted time.
        ["Complaints:SendChecks"] = "false",
        ["Tickets:SlaClock:Enabled"] = "false",
    });

    private TicketService Tickets => _host.Services.GetRequiredService<TicketService>();

    private CustomerCheckSender Sender => _host.Services.GetRequiredService<CustomerCheckSender>();

    [Fact]
    public async Task Not_solved_reopens_then_solved_confirms_and_the_follow_up_closes_the_ticket()
    {
        var customer = await DirectLineCustomer.StartAsync(new DirectLineClient(_host.CreateClient()), output, "en-US");
        var number = await FileAsync(customer);
        Assert.Equal(TicketStatus.New, (await Tickets.GetAsync(number, CancellationToken.None))!.Status);

        await Tickets.ResolveAsync(number, "S1001", "replaced the compressor on site", CancellationToken.None);
        Assert.Equal(1, await Sender.RunOnceAsync(_host.Time.GetUtcNow(), CancellationToken.None));
        Assert.Contains($"Your ticket {number} has been resolved. Is the problem solved?", await customer.ReadAsync());
        Assert.Equal(["Solved", "Not solved"], await customer.LastButtonsAsync());
        // Asked once: a second run (or a second instance) finds nothing left to send.
        Assert.Equal(0, await Sender.RunOnceAsync(_host.Time.GetUtcNow(), CancellationToken.None));

        Assert.Contains($"Ticket {number} is reopened", await customer.SayAsync("Not solved"));
        var reopened = (await Tickets.GetAsync(number, CancellationToken.None))!;
        Assert.Equal(TicketStatus.Reopened, reopened.Status);
        Assert.False(reopened.Confirmation!.Solved);

        _host.Time.Advance(TimeSpan.FromHours(5));
        await Tickets.ResolveAsync(number, "S1001", "replaced the control board", CancellationToken.None);
        Assert.Equal(1, await Sender.RunOnceAsync(_host.Time.GetUtcNow(), CancellationToken.None));
        Assert.Contains("Is the problem solved?", await customer.ReadAsync());
        Assert.Contains("Are you satisfied", await customer.SayAsync("Solved"));
        Assert.Contains("Thank you for confirming", await customer.SayAsync("Satisfied, the technician was great"));
        var confirmed = (await Tickets.GetAsync(number, CancellationToken.None))!;
        Assert.Equal(TicketStatus.Confirmed, confirmed.Status);
        Assert.Equal(true, confirmed.Confirmation!.Satisfied);
        Assert.Equal("Satisfied, the technician was great", confirmed.Confirmation.Comment);

        // Not before the follow-up is due…
        _host.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await Sender.RunOnceAsync(_host.Time.GetUtcNow(), CancellationToken.None));
        // …and once it is, exactly once.
        _host.Time.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)));
        Assert.Equal(1, await Sender.RunOnceAsync(_host.Time.GetUtcNow(), CancellationToken.None));
        Assert.Equal(0, await Sender.RunOnceAsync(_host.Time.GetUtcNow(), CancellationToken.None));
        Assert.Contains($"3 days ago we resolved ticket {number}", await customer.ReadAsync());

        Assert.Contains($"ticket {number} is closed", await customer.SayAsync("All fine"));
        var closed = (await Tickets.GetAsync(number, CancellationToken.None))!;
        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.Contains(closed.History, h => h.Detail.Contains("follow-up: fix held: yes", StringComparison.Ordinal));

        var asked = await _host.Services.GetRequiredService<ICustomerCheckStore>().ListForTicketAsync(number, CancellationToken.None);
        Assert.Equal([CustomerCheckKinds.Confirmation, CustomerCheckKinds.Confirmation, CustomerCheckKinds.FollowUp], asked.Select(a => a.Kind));
        Assert.All(asked, a => Assert.NotNull(a.SentAt));
    }

    [Fact]
    public async Task A_problem_back_at_the_follow_up_reopens_the_ticket()
    {
        var customer = await DirectLineCustomer.StartAsync(new DirectLineClient(_host.CreateClient()), output, "zh-CN");
        var number = await FileAsync(customer, chinese: true);
        await Tickets.ResolveAsync(number, "S1001", "远程指导重置", CancellationToken.None);
        await Sender.RunOnceAsync(_host.Time.GetUtcNow(), CancellationToken.None);
        Assert.Contains("问题解决了吗", await customer.ReadAsync());
        await customer.SayAsync("已解决");
        Assert.Contains("感谢您的确认", await customer.SayAsync("满意"));

        _host.Time.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));
        Assert.Equal(1, await Sender.RunOnceAsync(_host.Time.GetUtcNow(), CancellationToken.None));
        Assert.Contains("问题现在还好吗", await customer.ReadAsync());
        Assert.Contains("已重新打开", await customer.SayAsync("又出问题了，还是不出热水"));

        var ticket = (await Tickets.GetAsync(number, CancellationToken.None))!;
        Assert.Equal(TicketStatus.Reopened, ticket.Status);
        Assert.Contains(ticket.History, h => h.Detail.Contains("还是不出热水", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ticket_reopened_by_an_agent_before_the_question_went_out_is_not_asked_about()
    {
        var customer = await DirectLineCustomer.StartAsync(new DirectLineClient(_host.CreateClient()), output, "en-US");
        var number = await FileAsync(customer);
        await Tickets.ResolveAsync(number, "S1001", "reset", CancellationToken.None);
        await Tickets.ConfirmAsync(number, solved: false, satisfied: null, comment: "phoned in: still broken", CancellationToken.None);

        Assert.Equal(0, await Sender.RunOnceAsync(_host.Time.GetUtcNow(), CancellationToken.None));

        Assert.Equal(string.Empty, await customer.ReadAsync());
    }

    public void Dispose() => _host.Dispose();

    /// <summary>Files a complaint through the chat and returns the ticket number the bot gave.</summary>
    private static async Task<string> FileAsync(DirectLineCustomer customer, bool chinese = false)
    {
        string[] steps = chinese
            ? ["投诉", "美的热水器 F60", "跳过", "热水器开机十分钟后还是不出热水，温度设到60度也没有变化", "产品质量故障", "免费维修", "跳过"]
            : ["complaint", "Gree air conditioner KFR-35GW", "skip", "No cold air after switching on, set to 16 degrees, no change, in use for 3 months", "Product quality fault", "Free repair", "skip"];
        var reply = string.Empty;
        foreach (var step in steps)
        {
            reply = await customer.SayAsync(step);
        }

        return TicketNumberPattern().Match(reply) is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException($"No ticket number in: {reply}");
    }

    [GeneratedRegex("T[0-9]{8}-[0-9]{4,}")]
    private static partial Regex TicketNumberPattern();
}
