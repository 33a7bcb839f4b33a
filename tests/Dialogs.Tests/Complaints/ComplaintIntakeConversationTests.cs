using AfterSalesBot.Dialogs.Activities;
using AfterSalesBot.Dialogs.Tests.Surveys.Support;
using AfterSalesBot.Domain.Tickets;
using Xunit.Abstractions;

namespace AfterSalesBot.Dialogs.Tests.Complaints;

/// <summary>
/// Complaint intake conversations in Chinese and English through the real engine, runner, ticket service and SQLite
/// stores (recorded classifier output): every transcript ends with a graded, routed ticket, or deliberately none.
/// </summary>
public sealed class ComplaintIntakeConversationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private SurveyTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SurveyTestHost.StartAsync(complaints: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Chinese_complaint_with_a_vague_description_gets_a_follow_up_and_a_ticket_number()
    {
        var chat = _host.Chat("zh-vague", "zh-CN", output);
        await chat.JoinAsync();

        Assert.Contains("哪款产品", Text(await chat.SendAsync("投诉")));
        Assert.Contains("什么时候购买", Text(await chat.SendAsync("格力空调 KFR-35GW")));
        Assert.Contains("具体描述", Text(await chat.SendAsync("三个月前")));
        Assert.Contains("再具体一点", Text(await chat.SendAsync("空调不制冷")));
        var category = await chat.SendAsync("开机半小时还是出热风，温度设到16度也没有变化，买了三个月");
        Assert.Contains("产品质量故障", Text(category));
        Assert.Contains(Buttons(category), b => b == "是");
        Assert.Contains("怎么处理", Text(await chat.SendAsync("是")));
        Assert.Contains("后四位", Text(await chat.SendAsync("免费维修")));
        var filed = await chat.SendAsync("我的电话是 138-0013-8000");

        var ticket = Assert.Single(await _host.Tickets.ListAsync(new TicketQuery(ConversationId: "zh-vague"), CancellationToken.None));
        Assert.Contains($"工单号 {ticket.Number}", Text(filed));
        Assert.Contains("售后维修部", Text(filed));
        Assert.Contains("首次联系您", Text(filed));
        Assert.Equal("空调不制冷\n开机半小时还是出热风，温度设到16度也没有变化，买了三个月", ticket.Description);
        Assert.Equal("格力空调 KFR-35GW", ticket.Product);
        Assert.Equal(new DateOnly(2025, 12, 2), ticket.PurchaseDate);
        Assert.Equal("product_quality", ticket.Category);
        Assert.Equal("repair", ticket.Demand);
        Assert.Equal("8000", ticket.ContactTail);
        Assert.Equal("dissatisfied", ticket.Emotion);
        Assert.Equal("test", ticket.Channel);
        Assert.Equal("after_sales_repair", ticket.Department);
        Assert.StartsWith("CHAT-", ticket.CustomerId, StringComparison.Ordinal);
        // The survey the complaint interrupted picks up where it was.
        Assert.Contains("个人客户还是企业客户", Text(filed));
    }

    [Fact]
    public async Task English_complaint_with_a_corrected_category_is_routed_by_the_customers_choice()
    {
        var chat = _host.Chat("en-corrected", "en-US", output);
        await chat.SendAllAsync("complaint", "Washing machine WM-800", "last month");
        var category = await chat.SendAsync("The courier left the parcel at the wrong address two days ago and it still has not arrived");
        Assert.Contains("\"Product quality fault\"", Text(category));
        Assert.Contains("Logistics / delivery delay", Buttons(category));

        Assert.Contains("What would you like us to do", Text(await chat.SendAsync("Logistics / delivery delay")));
        await chat.SendAsync("Refund");
        var filed = await chat.SendAsync("skip");

        var ticket = Assert.Single(await _host.Tickets.ListAsync(new TicketQuery(ConversationId: "en-corrected"), CancellationToken.None));
        Assert.Equal("logistics_delay", ticket.Category);
        Assert.Equal("logistics", ticket.Department);
        Assert.Equal("refund", ticket.Demand);
        Assert.Null(ticket.ContactTail);
        Assert.Equal(new DateOnly(2026, 2, 1), ticket.PurchaseDate);
        Assert.Contains($"filed as ticket {ticket.Number}", Text(filed));
        Assert.Contains("Logistics will first get back to you by", Text(filed));
    }

    [Fact]
    public async Task Saying_no_to_the_suggested_category_shows_every_category()
    {
        var chat = _host.Chat("en-no", "en-US", output);
        await chat.SendAllAsync("complaint", "Washing machine WM-800", "skip");
        await chat.SendAsync("The courier left the parcel at the wrong address two days ago and it still has not arrived");

        var list = await chat.SendAsync("no");

        Assert.Contains("pick the category", Text(list));
        Assert.Contains("Product quality fault", Buttons(list));
    }

    [Fact]
    public async Task Safety_words_in_the_description_make_the_ticket_urgent_at_level_two()
    {
        var chat = _host.Chat("zh-smoke", "zh-CN", output);
        await chat.SendAllAsync("我要投诉", "热水器 JSQ30", "上周二", "热水器插上电源以后一直冒烟，还有烧焦的味道，吓死人了", "是", "换货", "跳过");

        var ticket = Assert.Single(await _host.Tickets.ListAsync(new TicketQuery(ConversationId: "zh-smoke"), CancellationToken.None));
        Assert.Equal(Urgency.Urgent, ticket.Grade.Urgency);
        Assert.True(ticket.Grade.Level >= 2, $"level {ticket.Grade.Level}");
        Assert.Equal(ticket.CreatedAt.AddHours(2), ticket.ResponseDueAt);
    }

    [Fact]
    public async Task Unreadable_and_future_purchase_dates_are_asked_again()
    {
        var chat = _host.Chat("zh-dates", "zh-CN", output);
        await chat.SendAllAsync("投诉", "格力空调");

        Assert.Contains("没能看懂这个日期", Text(await chat.SendAsync("买了好久了吧")));
        Assert.Contains("不能晚于今天", Text(await chat.SendAsync("2027年5月1日")));
        Assert.Contains("具体描述", Text(await chat.SendAsync("2025年5月1日")));
        await chat.SendAllAsync("开机半小时还是出热风，温度设到16度也没有变化，买了三个月", "是", "维修", "1234");

        var ticket = Assert.Single(await _host.Tickets.ListAsync(new TicketQuery(ConversationId: "zh-dates"), CancellationToken.None));
        Assert.Equal(new DateOnly(2025, 5, 1), ticket.PurchaseDate);
    }

    [Fact]
    public async Task Cancelling_the_intake_opens_no_ticket()
    {
        var chat = _host.Chat("zh-cancel", "zh-CN", output);
        await chat.SendAllAsync("投诉", "格力空调");

        Assert.Contains("已取消本次投诉登记", Text(await chat.SendAsync("取消")));
        Assert.Empty(await _host.Tickets.ListAsync(new TicketQuery(ConversationId: "zh-cancel"), CancellationToken.None));
    }

    [Fact]
    public async Task A_redelivered_last_answer_opens_no_second_ticket()
    {
        var chat = _host.Chat("zh-retry", "zh-CN", output);
        await chat.SendAllAsync("投诉", "格力空调", "跳过", "开机半小时还是出热风，温度设到16度也没有变化，买了三个月", "是", "维修");
        await chat.SendAsync("1234", activityId: "last-answer");
        await chat.SendAsync("1234", activityId: "last-answer");

        Assert.Single(await _host.Tickets.ListAsync(new TicketQuery(ConversationId: "zh-retry"), CancellationToken.None));
    }

    [Fact]
    public async Task Filing_the_same_intake_twice_returns_the_first_ticket()
    {
        var complaint = new NewComplaint("CHAT-1", "test", "开机半小时还是出热风", "product_quality", "repair", IntakeKey: "intake-1");

        var first = await _host.Tickets.OpenAsync(complaint, CancellationToken.None);
        var second = await _host.Tickets.OpenAsync(complaint, CancellationToken.None);

        Assert.Equal(first.Number, second.Number);
        Assert.Single(await _host.Tickets.ListAsync(new TicketQuery(CustomerId: "CHAT-1"), CancellationToken.None));
    }

    [Fact]
    public async Task Status_question_lists_only_the_customers_own_tickets()
    {
        var mine = _host.Chat("zh-mine", "zh-CN", output);
        var theirs = _host.Chat("zh-theirs", "zh-CN", output);
        await mine.SendAllAsync("投诉", "格力空调", "跳过", "开机半小时还是出热风，温度设到16度也没有变化，买了三个月", "是", "维修", "跳过");
        await theirs.SendAllAsync("投诉", "热水器", "跳过", "热水器插上电源以后一直冒烟，还有烧焦的味道，吓死人了", "是", "维修", "跳过");
        var myTicket = Assert.Single(await _host.Tickets.ListAsync(new TicketQuery(ConversationId: "zh-mine"), CancellationToken.None));
        var theirTicket = Assert.Single(await _host.Tickets.ListAsync(new TicketQuery(ConversationId: "zh-theirs"), CancellationToken.None));

        var status = Text(await mine.SendAsync("我的工单怎么样了？"));

        Assert.Contains(myTicket.Number, status);
        Assert.Contains("已受理，待处理", status);
        Assert.Contains("售后维修部", status);
        Assert.Contains("下一个期限", status);
        Assert.DoesNotContain(theirTicket.Number, status);
    }

    [Fact]
    public async Task English_status_question_without_tickets_says_so()
    {
        var chat = _host.Chat("en-none", "en-US", output);

        Assert.Contains("found no tickets of yours", Text(await chat.SendAsync("What's the status of my complaint?")));
    }

    [Fact]
    public async Task A_fault_described_in_a_survey_comment_is_offered_as_a_complaint_with_that_description()
    {
        var chat = _host.Chat("zh-offer", "zh-CN", output);
        await chat.JoinAsync();
        var offer = await chat.SendAllAsync("个人客户", "格力空调 KFR-35GW", "跳过", "2", "2", "3", "3", "2", "洗衣机用了两个月就坏了，脱水的时候一直响", "跳过", "不用");
        Assert.Contains("登记投诉工单", Text(offer));

        Assert.Contains("哪款产品", Text(await chat.SendAsync("好的")));
        await chat.SendAllAsync("海尔洗衣机 XQG100", "两个月前");
        var category = await chat.SendAsync("是");
        Assert.Contains("怎么处理", Text(category));
        await chat.SendAllAsync("换货", "跳过");

        var ticket = Assert.Single(await _host.Tickets.ListAsync(new TicketQuery(ConversationId: "zh-offer"), CancellationToken.None));
        Assert.Equal("洗衣机用了两个月就坏了，脱水的时候一直响", ticket.Description);
        Assert.Equal("replacement", ticket.Demand);
        Assert.Equal(Urgency.Complex, ticket.Grade.Urgency);
    }

    [Fact]
    public async Task Help_outside_a_survey_shows_the_complaint_menu()
    {
        var chat = _host.Chat("en-menu", "en-US", output);
        await chat.SendAllAsync("hello", "stop");

        var menu = await chat.SendAsync("menu");
        Assert.Contains("File a complaint", Buttons(menu));
        Assert.Contains("Which product", Text(await chat.SendAsync("File a complaint")));
    }

    private static string Text(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private static List<string> Buttons(IReadOnlyList<Activity> replies) =>
        [.. replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Select(a => a.Title ?? string.Empty)];
}
