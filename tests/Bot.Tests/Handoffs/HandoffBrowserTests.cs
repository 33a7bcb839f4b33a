using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Bot.Tests.Staff;
using AfterSalesBot.Domain.Security;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Handoffs;

/// <summary>
/// Two Chromium pages against the real service on 127.0.0.1: a customer in Web Chat gives a low score and accepts a
/// person; an agent signed in to /agent sees the conversation appear live (no reload), takes it, they write both
/// ways in Chinese, a customer's &lt;script&gt; shows as text, and after the hand-back the bot resumes the survey.
/// </summary>
public sealed class HandoffBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Customer_with_a_low_score_reaches_a_live_agent_and_back_to_the_survey()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk).");
        using var host = new ChannelsHost(settings: new Dictionary<string, string?> { ["Channels:TurnHandler"] = "default" });
        var baseUrl = host.StartKestrel();
        var password = await StaffAccounts.CreateAsync(host.Services, "wang", Roles.Agent);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });

        // The agent signs in first (an agent on duty is what makes a queue rather than a call-back).
        var agentContext = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var agent = await agentContext.NewPageAsync();
        agent.Console += (_, message) => output.WriteLine($"agent console.{message.Type}: {message.Text}");
        await agent.AddInitScriptAsync("window.__alerts = 0; window.alert = () => { window.__alerts++; };");
        await StaffBrowser.SignInAsync(agent, baseUrl, "wang", password, "/agent");
        await Assertions.Expect(agent.Locator("#live")).ToHaveTextAsync("实时更新已连接", new() { Timeout = 20_000 });

        var customerContext = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 900 } });
        var customer = await customerContext.NewPageAsync();
        customer.Console += (_, message) => output.WriteLine($"customer console.{message.Type}: {message.Text}");
        await customer.GotoAsync($"{baseUrl}/?locale=zh-CN");
        var chat = customer.Locator("#webchat").First;
        var sendBox = customer.Locator("[data-id=webchat-sendbox-input]");
        async Task SayAsync(string text)
        {
            output.WriteLine($"customer: {text}");
            await sendBox.FillAsync(text);
            await sendBox.PressAsync("Enter");
        }

        async Task SeeAsync(string text) => await Assertions.Expect(chat).ToContainTextAsync(text, new() { Timeout = 20_000 });

        await SeeAsync("您是个人客户还是企业客户");
        await SayAsync("个人客户");
        await SeeAsync("您购买的是哪款产品或服务");
        await SayAsync("美的洗衣机");
        await SeeAsync("是哪位售后人员");
        await SayAsync("跳过");
        await SeeAsync("响应的速度");
        await SayAsync("2");
        await SeeAsync("需要现在为您转接人工客服吗");
        await customer.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "转人工", Exact = true }).ClickAsync(new() { Timeout = 20_000 });
        await SeeAsync("您排在第 1 位");

        // The queue on the console fills without a reload.
        var queued = agent.Locator("#queue li[data-id]");
        await Assertions.Expect(queued).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Assertions.Expect(queued.First).ToContainTextAsync("低分");
        await queued.First.ClickAsync();
        await agent.Locator("#take").ClickAsync();
        await SeeAsync("客服 wang 已接入");
        await Assertions.Expect(agent.Locator("#answers")).ToContainTextAsync("美的洗衣机");

        await SayAsync("<script>window.__pwned = 1; alert(1)</script>洗衣机一直漏水");
        var transcript = agent.Locator("#transcript");
        await Assertions.Expect(transcript).ToContainTextAsync("<script>window.__pwned = 1; alert(1)</script>洗衣机一直漏水", new() { Timeout = 20_000 });
        Assert.Equal(0, await transcript.Locator("script").CountAsync());
        Assert.True(await agent.EvaluateAsync<bool>("window.__pwned === undefined && window.__alerts === 0"));

        await agent.Locator("#reply-text").FillAsync("您好，我是王工，明天上午安排师傅上门");
        await agent.Locator("#send").ClickAsync();
        await SeeAsync("您好，我是王工，明天上午安排师傅上门");
        await Assertions.Expect(transcript).ToContainTextAsync("您好，我是王工，明天上午安排师傅上门");

        await agent.Locator("#release").ClickAsync();
        await SeeAsync("客服已将对话交还给我");
        await SeeAsync("解决的彻底程度");
        await SayAsync("4");
        await SeeAsync("专业能力");

        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        await customer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts.FullName, "handoff-customer.png"), FullPage = true });
        await agent.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts.FullName, "handoff-agent.png"), FullPage = true });
    }
}
