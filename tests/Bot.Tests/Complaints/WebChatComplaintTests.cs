using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Domain.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Complaints;

/// <summary>
/// A safety complaint filed in Microsoft Web Chat (headless Chromium, the real service on SQLite, the shipped
/// classifier) becomes a graded, routed ticket with its deadlines, and the customer sees its number.
/// </summary>
public sealed partial class WebChatComplaintTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_complaint_filed_in_web_chat_becomes_an_urgent_level_two_ticket_with_its_number_shown()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk).");
        using var host = new ChannelsHost(settings: new Dictionary<string, string?> { ["Channels:TurnHandler"] = "default", ["Complaints:SendChecks"] = "false" });
        var baseUrl = host.StartKestrel();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 1000 } });
        await page.GotoAsync($"{baseUrl}/?locale=zh-CN");
        var transcript = page.Locator("#webchat").First;
        var sendBox = page.Locator("[data-id=webchat-sendbox-input]");
        async Task Say(string text, string expect)
        {
            output.WriteLine($"customer: {text}");
            await sendBox.FillAsync(text);
            await sendBox.PressAsync("Enter");
            await Assertions.Expect(transcript).ToContainTextAsync(expect, new() { Timeout = 20_000 });
        }

        await Assertions.Expect(transcript).ToContainTextAsync("您是个人客户还是企业客户", new() { Timeout = 20_000 });
        await Say("投诉", "哪款产品");
        await Say("美的电暖器 NDK20", "什么时候购买");
        await Say("上个月", "具体描述");
        await Say("电暖器开机十分钟后插头冒烟，有烧焦的味道，已经拔掉电源了", "对吗");
        await Say("产品质量故障", "怎么处理");
        await page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "换货", Exact = true }).ClickAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(transcript).ToContainTextAsync("后四位", new() { Timeout = 20_000 });
        var surveyQuestions = Regex.Count(await transcript.InnerTextAsync(), "您是个人客户还是企业客户");
        await Say("13800138000", "投诉已登记");

        var number = TicketNumberPattern().Match(await transcript.InnerTextAsync()).Value;
        var ticket = await host.Services.GetRequiredService<TicketService>().GetAsync(number, CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.Equal(Urgency.Urgent, ticket.Grade.Urgency);
        Assert.Equal(2, ticket.Grade.Level);
        Assert.Equal("middle_management", ticket.Department);
        Assert.Equal("product_quality", ticket.Category);
        Assert.Equal("replacement", ticket.Demand);
        Assert.Equal("8000", ticket.ContactTail);
        Assert.Equal("directline", ticket.Channel);
        Assert.Equal(ticket.CreatedAt.AddHours(2), ticket.ResponseDueAt);
        await Assertions.Expect(transcript).ToContainTextAsync("中层管理会在");
        // The survey the complaint interrupted comes back (asked once more after the receipt).
        Assert.True(Regex.Count(await transcript.InnerTextAsync(), "您是个人客户还是企业客户") > surveyQuestions);
    }

    [GeneratedRegex("T[0-9]{8}-[0-9]{4,}")]
    private static partial Regex TicketNumberPattern();
}
