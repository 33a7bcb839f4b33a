using Microsoft.Playwright;

namespace AfterSalesBot.Bot.Tests.Invitations;

/// <summary>A personal survey link in Debian's headless Chromium: the chat page opens with the invited survey, and a second visit is told the link was used.</summary>
public sealed class SurveyLinkBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_link_opens_web_chat_with_the_survey_and_a_second_visit_says_it_was_used()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk).");
        using var host = LoopHost.Create();
        var baseUrl = host.StartKestrel();
        var token = SurveyLinkTests.TokenOf(await SurveyLinkTests.InviteByLinkAsync(host, "C20261122-0201"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync($"{baseUrl}/?locale=en-US&invitation={token}");
        await page.WaitForSelectorAsync("text=A few short questions", new() { Timeout = 20_000 });
        var second = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        await second.GotoAsync($"{baseUrl}/?locale=en-US&invitation={token}");
        await second.WaitForSelectorAsync("#error", new() { Timeout = 20_000 });

        Assert.Contains("individual", await page.InnerTextAsync("#webchat"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("already used", await second.InnerTextAsync("#error"), StringComparison.Ordinal);
    }
}
