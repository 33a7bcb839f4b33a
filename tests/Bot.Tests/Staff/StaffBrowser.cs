using Microsoft.Playwright;

namespace AfterSalesBot.Bot.Tests.Staff;

/// <summary>Signs a Playwright page in through the real staff sign-in pages.</summary>
public static class StaffBrowser
{
    /// <summary>A password tests choose at the first sign-in (long enough for the policy).</summary>
    public const string ChosenPassword = "correct-horse-battery";

    /// <summary>
    /// Opens the sign-in page for <paramref name="returnPath"/>, signs in with the one-time password, chooses
    /// <see cref="ChosenPassword"/> on the new-password step, and waits until the browser has arrived at <paramref name="returnPath"/>.
    /// </summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string name, string oneTimePassword, string returnPath)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"{baseUrl.TrimEnd('/')}/account/signin?returnUrl={Uri.EscapeDataString(returnPath)}");
        await page.FillAsync("input[name=name]", name);
        await page.FillAsync("input[name=password]", oneTimePassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("input[name=confirm]");
        await page.FillAsync("input[name=password]", ChosenPassword);
        await page.FillAsync("input[name=confirm]", ChosenPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == returnPath, new() { Timeout = 15_000 });
    }
}
