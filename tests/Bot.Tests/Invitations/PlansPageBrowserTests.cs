using AfterSalesBot.Bot.Tests.Staff;
using Microsoft.Playwright;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>/analyst/plans in Debian's headless Chromium: an analyst signs in, creates a plan in Chinese, adds a note and marks it done.</summary>
public sealed class PlansPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task An_analyst_creates_a_plan_notes_progress_and_marks_it_done_on_the_page()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk).");
        using var host = LoopHost.Create();
        var baseUrl = host.StartKestrel();
        var password = await StaffAccounts.CreateAsync(host.Services, "ana", "analyst");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
        await StaffBrowser.SignInAsync(page, baseUrl, "ana", password, "/analyst/plans");
        await page.WaitForSelectorAsync("#heading:has-text('改进计划')");

        await page.FillAsync("input[name=problem]", "物流配送慢");
        await page.SelectOptionAsync("select[name=metricKind]", "category_share");
        await page.FillAsync("input[name=metricKey]", "logistics_delay");
        await page.SelectOptionAsync("select[name=comparison]", "lte");
        await page.FillAsync("input[name=target]", "0.05");
        await page.FillAsync("input[name=baselineFrom]", "2026-01-01");
        await page.FillAsync("input[name=baselineTo]", "2026-01-31");
        await page.FillAsync("input[name=measure]", "更换快递合作方");
        await page.FillAsync("textarea[name=steps]", "评估三家快递\n签约");
        await page.FillAsync("input[name=owner]", "S3001");
        await page.FillAsync("input[name=plannedDate]", "2099-06-30");
        await page.ClickAsync("#plan-form button[type=submit]");
        await page.WaitForSelectorAsync("#detail-title:has-text('物流配送慢')");
        await page.FillAsync("#note-text", "第一周：已联系两家快递");
        await page.ClickAsync("#note-form button[type=submit]");
        await page.WaitForSelectorAsync("#detail-notes li:has-text('第一周')");
        await page.SelectOptionAsync("#status-select", "done");
        await page.ClickAsync("#status-save");
        await page.WaitForSelectorAsync("#plans tbody tr:has-text('已完成')");

        var row = await page.InnerTextAsync("#plans tbody tr");
        Assert.Contains("share of logistics_delay ≤ 5.0 %", row, StringComparison.Ordinal);
        Assert.Contains("S3001", row, StringComparison.Ordinal);
        Assert.Contains("复测安排在", await page.InnerTextAsync("#detail-verdict"), StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "plans-zh.png"), FullPage = true });
    }
}
