using System.Collections.Concurrent;
using AfterSalesBot.Bot.Tests.Channels.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Channels.WebChat;

/// <summary>
/// The unmodified Microsoft Web Chat bundle on the bot's own page, in Debian's headless Chromium, against the
/// service on 127.0.0.1: greeting, typing, reply, no "Send failed", nothing fetched from outside the machine.
/// Screenshots are kept under the test output folder (artifacts/).
/// </summary>
public sealed class WebChatBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Theory]
    [InlineData("zh-CN", "websocket", "您好", "四分，师傅很专业", "您说：四分，师傅很专业")]
    [InlineData("en-US", "websocket", "Hello", "The engineer was late", "You said: The engineer was late")]
    [InlineData("zh-CN", "polling", "您好", "还可以", "您说：还可以")]
    public async Task Customer_chats_with_the_bot_in_web_chat(string locale, string transport, string greeting, string typed, string reply)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk).");
        using var host = new ChannelsHost();
        var baseUrl = host.StartKestrel();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = locale, ViewportSize = new ViewportSize { Width = 900, Height = 800 } });
        var outside = new ConcurrentBag<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith("http", StringComparison.Ordinal) || request.Url.StartsWith("ws", StringComparison.Ordinal))
            {
                if (!new Uri(request.Url).IsLoopback)
                {
                    outside.Add(request.Url);
                }
            }
        };
        page.Console += (_, message) => output.WriteLine($"console.{message.Type}: {message.Text}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                output.WriteLine($"{response.Status} {response.Url}");
            }
        };

        var query = transport == "polling" ? $"?locale={locale}&transport=polling" : $"?locale={locale}";
        await page.GotoAsync(baseUrl + "/" + query);

        var transcript = page.Locator("#webchat");
        await Assertions.Expect(transcript.First).ToContainTextAsync(greeting, new() { Timeout = 20_000 });
        var sendBox = page.Locator("[data-id=webchat-sendbox-input]");
        await sendBox.FillAsync(typed);
        await sendBox.PressAsync("Enter");
        await Assertions.Expect(transcript.First).ToContainTextAsync(reply, new() { Timeout = 20_000 });

        // The echo (same clientActivityID) must settle the send; a missing echo shows "Sending" then "Send failed".
        await Assertions.Expect(page.GetByText("Sending", new() { Exact = false })).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        await Assertions.Expect(page.GetByText("正在发送", new() { Exact = false })).ToHaveCountAsync(0);
        Assert.Equal(0, await page.GetByText("Send failed", new() { Exact = false }).CountAsync());
        Assert.Equal(0, await page.GetByText("发送失败", new() { Exact = false }).CountAsync());
        Assert.Empty(outside);
        Assert.Equal(locale, await page.EvaluateAsync<string>("document.documentElement.lang"));

        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        var screenshot = Path.Combine(artifacts.FullName, $"webchat-{locale}-{transport}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");
    }
}
