using AfterSalesBot.Bot.Tests.Channels.Support;
using AfterSalesBot.Bot.Tests.Staff;
using AfterSalesBot.Domain.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AfterSalesBot.Bot.Tests.Complaints;

/// <summary>
/// An agent signs in through the real pages and works tickets in Debian's headless Chromium: the list puts the overdue
/// ticket first with a live countdown measured against the server's (shifted) clock, and the detail page's forms add a
/// handling record and resolve the ticket.
/// </summary>
public sealed class TicketPagesBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Agent_sees_the_overdue_ticket_first_and_resolves_it_from_the_detail_page()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk).");
        using var host = new ChannelsHost(settings: new Dictionary<string, string?> { ["Complaints:SendChecks"] = "false", ["Tickets:SlaClock:Enabled"] = "false" });
        var baseUrl = host.StartKestrel();
        var tickets = host.Services.GetRequiredService<TicketService>();
        var urgent = await tickets.OpenAsync(new NewComplaint("C20260302-0001", "webchat", "插上电源后冒烟，有烧焦味", "product_quality", "repair"), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromHours(3));
        var general = await tickets.OpenAsync(new NewComplaint("C20260302-0002", "webchat", "不知道怎么设置定时开关机，说明书没写清楚", "usage_question", "guidance"), CancellationToken.None);
        var password = await StaffAccounts.CreateAsync(host.Services, "wang", "agent", staffId: "S1001");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        page.Console += (_, message) => output.WriteLine($"console.{message.Type}: {message.Text}");
        await StaffBrowser.SignInAsync(page, baseUrl, "wang", password, "/agent/tickets");

        var rows = page.Locator("#tickets tbody tr");
        await rows.Nth(1).WaitForAsync();
        Assert.Equal(urgent.Number, await rows.Nth(0).GetAttributeAsync("data-number"));
        Assert.Equal(general.Number, await rows.Nth(1).GetAttributeAsync("data-number"));
        Assert.Contains("overdue", await rows.Nth(0).GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        // Opened 3 h ago with a 2 h first response: about an hour late by the server's clock, whatever the browser's says.
        Assert.Matches("^overdue by 1 h 0[0-9] min$", await rows.Nth(0).Locator("td.deadline").InnerTextAsync());
        Assert.Matches("^3 h [0-5][0-9] min left$|^4 h 00 min left$", await rows.Nth(1).Locator("td.deadline").InnerTextAsync());
        // Level 2 (safety): middle management owns it.
        Assert.Equal("Middle management", await rows.Nth(0).Locator("td").Nth(6).InnerTextAsync());

        await page.Locator("#filters select[name=department]").SelectOptionAsync("product_support");
        await page.ClickAsync("#filters button[type=submit]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#tickets tbody tr').length === 1");
        Assert.Equal(general.Number, await rows.Nth(0).GetAttributeAsync("data-number"));
        await page.Locator("#filters select[name=department]").SelectOptionAsync(string.Empty);
        await page.ClickAsync("#filters button[type=submit]");
        await rows.Nth(1).WaitForAsync();

        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts.FullName, "agent-tickets.png"), FullPage = true });
        await page.ClickAsync($"a:text('{urgent.Number}')");
        await page.WaitForURLAsync($"**/agent/tickets/{urgent.Number}");
        await page.Locator("#heading").Filter(new() { HasText = "New" }).WaitForAsync();
        Assert.Contains("插上电源后冒烟", await page.InnerTextAsync("#description"));
        await page.FillAsync("#record textarea[name=action]", "replaced the power board on site");
        await page.FillAsync("#record input[name=compensationAmount]", "200");
        await page.FillAsync("#record input[name=approvalNumber]", "WC20260302001");
        await page.ClickAsync("#record button[type=submit]");
        await page.Locator("#records tbody tr").Filter(new() { HasText = "replaced the power board" }).WaitForAsync();
        await page.FillAsync("#resolve textarea[name=summary]", "power board replaced, tested 30 minutes");
        await page.ClickAsync("#resolve button[type=submit]");
        await page.Locator("#heading").Filter(new() { HasText = "Resolved" }).WaitForAsync();

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts.FullName, "agent-ticket.png"), FullPage = true });
        var stored = (await tickets.GetAsync(urgent.Number, CancellationToken.None))!;
        Assert.Equal(TicketStatus.Resolved, stored.Status);
        var record = Assert.Single(stored.Records);
        Assert.Equal("S1001", record.StaffId);
        Assert.Equal(200m, record.CompensationAmount);
        Assert.Equal("WC20260302001", record.ApprovalNumber);
        Assert.Contains(stored.History, h => h.Actor == "S1001" && h.Detail == "power board replaced, tested 30 minutes");
    }
}
